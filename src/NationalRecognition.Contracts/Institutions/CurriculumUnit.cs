using System.Text.Json.Serialization;

namespace NationalRecognition.Contracts.Institutions;

/// <summary>
/// A discipline or module of an educational programme, as the clause-9 comparison needs it. <see cref="TaughtInPeriodIds"/>
/// are the academic periods (per intake or cohort) in which it is taught: the learner names one of them, and its
/// recognition is applied for before that period starts (clause 13).
/// </summary>
/// <param name="TaughtInPeriodId">
/// The one period of a unit stored before units had several (read as a one-element set, <see cref="Periods"/>); the
/// platform keeps it as the earliest of <see cref="TaughtInPeriodIds"/> so that a silo of the previous release still
/// finds a period.
/// </param>
/// <param name="TaughtInPeriodIds">The periods in which the unit is taught; null on units stored with one period.</param>
[GenerateSerializer, Immutable, Alias("nr.CurriculumUnit")]
public sealed record CurriculumUnit(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] CurriculumUnitKind Kind,
    [property: Id(3)] decimal Credits,
    [property: Id(4)] IReadOnlyList<string> Objectives,
    [property: Id(5)] IReadOnlyList<LearningOutcome> Outcomes,
    [property: Id(6)] int? QualificationLevel = null,
    [property: Id(7)] string? Content = null,
    [property: Id(8)] string? TaughtInPeriodId = null,
    [property: Id(9), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? TaughtInPeriodIds = null)
{
    /// <summary>Every period the unit is taught in: <see cref="TaughtInPeriodIds"/> with the single old period, once each.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Periods =>
        (TaughtInPeriodIds ?? []).Concat(TaughtInPeriodId is { } single ? [single] : []).Distinct(StringComparer.Ordinal).ToArray();
}
