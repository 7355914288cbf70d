using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Grains.Tests;

internal static class Actors
{
    public static Actor Registrar(string bin) => new($"registrar@{bin}", ActorRole.Registrar, bin);

    public static Actor Head(string bin) => new($"head@{bin}", ActorRole.Head, bin);

    public static Actor Chair(string bin) => new($"chair@{bin}", ActorRole.CommissionChair, bin);

    public static Actor Learner(string iin) => new($"learner-{iin}", ActorRole.Learner, Iin: iin);

    public static Actor Administrator { get; } = new("platform-admin", ActorRole.PlatformAdministrator);

    public static Actor Exchange { get; } = new("enbek-feed", ActorRole.ExchangeFeed);
}
