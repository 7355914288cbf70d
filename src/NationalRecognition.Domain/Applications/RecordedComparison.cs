using NationalRecognition.Domain.Comparison;

namespace NationalRecognition.Domain.Applications;

/// <summary>One appendix entry of one attached document compared with one requested unit.</summary>
public sealed record RecordedComparison(string UnitCode, int DocumentIndex, DisciplineComparison Result)
{
    public bool IsFor(string unitCode, int documentIndex, string entryName) =>
        IsForUnit(unitCode) && DocumentIndex == documentIndex && Errors.NameText.Same(Result.CertificateEntryName, entryName);

    public bool IsForUnit(string unitCode) => string.Equals(UnitCode, unitCode, StringComparison.Ordinal);
}
