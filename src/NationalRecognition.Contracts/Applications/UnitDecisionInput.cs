using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Contracts.Applications;

/// <summary>
/// The decision on one requested discipline or module: recognised (whole or in part, with credits; the grade
/// comes from the comparison, or is the one the Commission states, converted through the institution's scale) or
/// refused with a written reason.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.UnitDecisionInput")]
public sealed record UnitDecisionInput(
    [property: Id(0)] string UnitCode,
    [property: Id(1)] bool Recognised,
    [property: Id(2)] decimal? Credits = null,
    [property: Id(3)] bool Partial = false,
    [property: Id(4)] string? Reason = null,
    [property: Id(5)] GradeInfo? Grade = null);
