namespace NationalRecognition.Contracts.Applications;

/// <summary>
/// The Commission's clause-9 comparison of one requested discipline or module with one appendix entry:
/// content, objectives, which syllabus outcomes the entry covers.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.ComparisonAssessment")]
public sealed record ComparisonAssessment(
    [property: Id(0)] string UnitCode,
    [property: Id(1)] int DocumentIndex,
    [property: Id(2)] string AppendixEntryName,
    [property: Id(3)] bool ContentMatches,
    [property: Id(4)] bool ObjectivesMatch,
    [property: Id(5)] IReadOnlyList<string> CoveredOutcomeIds,
    [property: Id(6)] string? Notes = null);
