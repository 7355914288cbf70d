using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Contracts.Statistics;

/// <summary>
/// The values of the grouped dimensions of one answer row (the others are null). Also the key of an aggregate row,
/// where a null means "not known" (a refusal names no programme, say).
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.StatisticsGroup")]
public sealed record StatisticsGroup(
    [property: Id(0)] Ministry? Ministry = null,
    [property: Id(1)] Region? Region = null,
    [property: Id(2)] InstitutionKind? InstitutionKind = null,
    [property: Id(3)] string? InstitutionBin = null,
    [property: Id(4)] InstitutionKind? ProgrammeLevel = null,
    [property: Id(5)] int? AcademicYear = null,
    [property: Id(6)] string? AcademicPeriodId = null,
    [property: Id(7)] DateOnly? Month = null,
    [property: Id(8)] string? FacetValue = null)
{
    /// <summary>This key with only the given dimensions kept.</summary>
    public StatisticsGroup Project(IReadOnlyCollection<StatisticsDimension> dimensions) => new(
        dimensions.Contains(StatisticsDimension.Ministry) ? Ministry : null,
        dimensions.Contains(StatisticsDimension.Region) ? Region : null,
        dimensions.Contains(StatisticsDimension.InstitutionKind) ? InstitutionKind : null,
        dimensions.Contains(StatisticsDimension.Institution) ? InstitutionBin : null,
        dimensions.Contains(StatisticsDimension.ProgrammeLevel) ? ProgrammeLevel : null,
        dimensions.Contains(StatisticsDimension.AcademicYear) ? AcademicYear : null,
        dimensions.Contains(StatisticsDimension.AcademicPeriod) ? AcademicPeriodId : null,
        dimensions.Contains(StatisticsDimension.Month) ? Month : null,
        dimensions.Contains(StatisticsDimension.FacetValue) ? FacetValue : null);

    /// <summary>Whether this key passes <paramref name="filter"/>.</summary>
    public bool Matches(StatisticsFilter filter) =>
        (filter.Ministry is null || filter.Ministry == Ministry)
        && (filter.Region is null || filter.Region == Region)
        && (filter.InstitutionKind is null || filter.InstitutionKind == InstitutionKind)
        && (filter.InstitutionBin is null || filter.InstitutionBin == InstitutionBin)
        && (filter.ProgrammeLevel is null || filter.ProgrammeLevel == ProgrammeLevel)
        && (filter.AcademicYear is null || filter.AcademicYear == AcademicYear)
        && (filter.AcademicPeriodId is null || filter.AcademicPeriodId == AcademicPeriodId)
        && (filter.MonthFrom is null || (Month is { } from && from >= filter.MonthFrom))
        && (filter.MonthTo is null || (Month is { } to && to <= filter.MonthTo))
        && (filter.FacetValue is null || filter.FacetValue == FacetValue);
}
