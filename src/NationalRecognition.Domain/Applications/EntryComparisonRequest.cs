namespace NationalRecognition.Domain.Applications;

/// <summary>
/// What the Commission (or its secretary) records comparing one appendix entry of one attached document with one
/// requested unit (clause 9). A qualification certificate has no appendix: its entry name is ignored.
/// </summary>
public sealed record EntryComparisonRequest(
    string UnitCode,
    int DocumentIndex,
    string AppendixEntryName,
    bool ContentMatches,
    bool ObjectivesMatch,
    IReadOnlyCollection<string> CoveredOutcomeIds);
