using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Grains.Tests;

/// <summary>Callers as the gateway builds them from token claims: staff bound to one BIN, learners to their IIN.</summary>
internal static class Actors
{
    public static Actor Registrar(string bin) => new($"registrar@{bin}", ActorRole.Registrar, bin);

    public static Actor Head(string bin) => new($"head@{bin}", ActorRole.Head, bin);

    // The platform identities the head records for the Commission's members (Campus.Constitution).
    public const string ChairSubject = "chair-nurlan-abenov";
    public const string SecretarySubject = "secretary-dana-seitova";
    public const string MemberSubject = "member-marat-zhaksybekov";

    public static Actor Chair(string bin) => new(ChairSubject, ActorRole.CommissionChair, bin);

    public static Actor Secretary(string bin) => new(SecretarySubject, ActorRole.CommissionSecretary, bin);

    public static Actor Member(string bin) => new(MemberSubject, ActorRole.CommissionMember, bin);

    public static Actor Learner(string iin) => new($"learner-{iin}", ActorRole.Learner, Iin: iin);

    public static Actor Analyst { get; } = new("analyst-mshe", ActorRole.MinistryAnalyst, Ministry: Ministry.ScienceAndHigherEducation);

    public static Actor Administrator { get; } = new("platform-admin", ActorRole.PlatformAdministrator);

    public static Actor Exchange { get; } = new("enbek-feed", ActorRole.ExchangeFeed);

    public static Actor Anonymous { get; } = new("anonymous", ActorRole.Anonymous);
}
