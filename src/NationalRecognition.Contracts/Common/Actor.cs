using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Contracts.Common;

/// <summary>Who performs a command: recorded in every audit entry and checked by the grains.</summary>
[GenerateSerializer, Immutable, Alias("nr.Actor")]
public sealed record Actor(
    [property: Id(0)] string SubjectId,
    [property: Id(1)] ActorRole Role,
    [property: Id(2)] string? InstitutionBin = null,
    [property: Id(3)] string? Iin = null,
    [property: Id(4)] Ministry? Ministry = null)
{
    /// <summary>The platform itself: demo seeding, and what a grain records on another's behalf (claims, activations).</summary>
    public static Actor System { get; } = new("platform", ActorRole.System);
}
