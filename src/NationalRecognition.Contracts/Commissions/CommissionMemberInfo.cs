using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Contracts.Commissions;

/// <summary>
/// A member as the order names them. <see cref="Position"/> is optional (clause 22 leaves the composition to the
/// organisation); <see cref="IsDeputyChair"/> marks the member who chairs and signs in the chair's absence where the
/// regulation says so.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.CommissionMemberInfo")]
public sealed record CommissionMemberInfo(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Position,
    [property: Id(2)] CommissionRole Role,
    [property: Id(3)] string? SubjectId = null,
    [property: Id(4)] bool IsDeputyChair = false);
