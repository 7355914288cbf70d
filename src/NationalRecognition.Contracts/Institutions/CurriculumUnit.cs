namespace NationalRecognition.Contracts.Institutions;

/// <summary>
/// A discipline or module of an educational programme, as the clause-9 comparison needs it. <see cref="TaughtInPeriodId"/>
/// is the academic period in which it is taught: its recognition is applied for before that period starts (clause 13).
/// </summary>
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
    [property: Id(8)] string? TaughtInPeriodId = null);
