using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.People;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.People;
using NationalRecognition.Gateway.Security;
using NationalRecognition.Gateway.Sessions.DevIdentity;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// The demo people and the roles the platform holds for them: an administrator, a national analyst and an analyst of
/// each ministry, and at every demo institution its head, registrar, and the Commission's chair, secretary and member.
/// Their subjects are those of <see cref="LocalSubjects"/>, so a person's token (<c>token.sh --sub
/// local-head-990840000347</c>, no role) acts in exactly the roles granted here, and the Commission's chair and
/// secretary are the members its order records. The development sign-in page lists these people and the demo
/// learners, and signs each in with a person's token: one set of demo people, whose roles come from the grants.
/// </summary>
internal static class DemoPeople
{
    private static readonly (string Iin, string Name)[] Learners =
    [
        (DemoData.AigerimIin, "Aigerim Sultanova"), (DemoData.YerlanIin, "Yerlan Bekov"), (DemoData.AruzhanIin, "Aruzhan Tulegenova"),
        (DemoData.MadinaIin, "Madina Akhmetova"), (DemoData.DaniyarIin, "Daniyar Nurpeisov"), (DemoData.SauleIin, "Saule Ibraimova"),
        (DemoData.TimurIin, "Timur Kassymov"),
    ];

    private static readonly IReadOnlyList<Granted> Staff = [.. PlatformWide(), .. DemoInstitutions.All.SelectMany(AtInstitution)];

    public static IEnumerable<(PersonReference Person, RoleRequest Role)> Grants(string issuer) =>
        Staff.Select(person => (new PersonReference(issuer, LocalSubjects.For(person.Role, person.Bin, person.Ministry?.ToString())), person.Grant));

    /// <summary>Whom the development sign-in page lists: the demo learners (by the IINs their applications carry) and the staff above.</summary>
    public static DevIdentityPeople Directory { get; } = new(
    [
        .. Learners.Select(learner => new DevPerson($"learner-{learner.Iin}", learner.Name, ActorRole.Learner, Iin: learner.Iin, RoleHeldByPlatform: true)),
        .. Staff.Select(person => new DevPerson(person.Id, person.Name, person.Role, person.Bin, Ministry: person.Ministry?.ToString(), RoleHeldByPlatform: true)),
    ]);

    private static IEnumerable<Granted> PlatformWide()
    {
        yield return new("administrator", "Platform administrator", ActorRole.PlatformAdministrator, new RoleRequest(PersonRole.PlatformAdministrator));
        yield return new("analyst-national", "National analyst", ActorRole.MinistryAnalyst, new RoleRequest(PersonRole.MinistryAnalyst));
        yield return new("analyst-enlightenment", "Analyst, Ministry of Enlightenment", ActorRole.MinistryAnalyst,
            new RoleRequest(PersonRole.MinistryAnalyst, Ministry: Ministry.Enlightenment), Ministry: Ministry.Enlightenment);
        yield return new("analyst-science", "Analyst, Ministry of Science and Higher Education", ActorRole.MinistryAnalyst,
            new RoleRequest(PersonRole.MinistryAnalyst, Ministry: Ministry.ScienceAndHigherEducation), Ministry: Ministry.ScienceAndHigherEducation);
    }

    private static IEnumerable<Granted> AtInstitution(DemoInstitution institution)
    {
        var bin = institution.Bin;
        var name = institution.Registration.Names.English;
        yield return new($"head-{bin}", $"Head, {name}", ActorRole.Head, new RoleRequest(PersonRole.Head, bin), bin);
        yield return new($"registrar-{bin}", $"Registrar, {name}", ActorRole.Registrar, new RoleRequest(PersonRole.Registrar, bin), bin);
        yield return new($"commissionchair-{bin}", $"Commission chair, {name}", ActorRole.CommissionChair,
            new RoleRequest(PersonRole.CommissionChair, CommissionId: institution.CommissionId), bin);
        yield return new($"commissionsecretary-{bin}", $"Commission secretary, {name}", ActorRole.CommissionSecretary,
            new RoleRequest(PersonRole.CommissionSecretary, CommissionId: institution.CommissionId), bin);
        yield return new($"commissionmember-{bin}", $"Commission member, {name}", ActorRole.CommissionMember,
            new RoleRequest(PersonRole.CommissionMember, CommissionId: institution.CommissionId), bin);
    }

    /// <summary>A demo person and the one role the platform grants them; role, BIN and ministry also make their subject.</summary>
    private sealed record Granted(string Id, string Name, ActorRole Role, RoleRequest Grant, string? Bin = null, Ministry? Ministry = null);
}
