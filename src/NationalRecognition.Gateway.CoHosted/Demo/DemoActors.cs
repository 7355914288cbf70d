using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>Who performs each seeding step: the platform for registration, staff and learners where they would act.</summary>
internal static class DemoActors
{
    public static Actor Registrar(string bin) => new($"demo-registrar@{bin}", ActorRole.Registrar, bin);

    public static Actor Head(string bin) => new($"demo-head@{bin}", ActorRole.Head, bin);

    /// <summary>The chair, with the identity the demo Commission records for its chair (as a local chair token carries).</summary>
    public static Actor Chair(string bin) => new(LocalSubjects.For(ActorRole.CommissionChair, bin), ActorRole.CommissionChair, bin);

    public static Actor Learner(string iin) => new($"demo-learner-{iin}", ActorRole.Learner, Iin: iin);

    public static Actor ExchangeFeed { get; } = new("demo-enbek-feed", ActorRole.ExchangeFeed);
}
