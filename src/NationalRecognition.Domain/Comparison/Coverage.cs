namespace NationalRecognition.Domain.Comparison;

/// <summary>How completely the certificate covers the syllabus's learning outcomes (clause 9).</summary>
public sealed record Coverage(IReadOnlyList<string> CoveredOutcomeIds, IReadOnlyList<string> MissingOutcomeIds)
{
    public int Covered => CoveredOutcomeIds.Count;

    public int Total => CoveredOutcomeIds.Count + MissingOutcomeIds.Count;

    /// <summary>Covered / total, from 0 to 1.</summary>
    public decimal Fraction => Total == 0 ? 0m : (decimal)Covered / Total;

    public bool IsComplete => MissingOutcomeIds.Count == 0 && Total > 0;
}
