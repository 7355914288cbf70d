namespace NationalRecognition.Contracts.Statistics;

/// <summary>What statistics can be grouped by.</summary>
/// <remarks>Sent as its number: never change or reuse a value (pinned by StoredEnumValuesTests).</remarks>
public enum StatisticsDimension
{
    Ministry = 0,
    Region = 1,
    InstitutionKind = 2,
    Institution = 3,
    ProgrammeLevel = 4,
    AcademicYear = 5,
    AcademicPeriod = 6,
    Month = 7,

    /// <summary>The facet's value: the issuer kind, platform, profession or clause.</summary>
    FacetValue = 8,
}
