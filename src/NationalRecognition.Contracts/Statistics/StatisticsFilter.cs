using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Contracts.Statistics;

/// <summary>Which aggregate rows a statistics question covers; null members do not filter. Months are inclusive.</summary>
[GenerateSerializer, Immutable, Alias("nr.StatisticsFilter")]
public sealed record StatisticsFilter(
    [property: Id(0)] Ministry? Ministry = null,
    [property: Id(1)] Region? Region = null,
    [property: Id(2)] InstitutionKind? InstitutionKind = null,
    [property: Id(3)] string? InstitutionBin = null,
    [property: Id(4)] InstitutionKind? ProgrammeLevel = null,
    [property: Id(5)] int? AcademicYear = null,
    [property: Id(6)] string? AcademicPeriodId = null,
    [property: Id(7)] DateOnly? MonthFrom = null,
    [property: Id(8)] DateOnly? MonthTo = null,
    [property: Id(9)] string? FacetValue = null)
{
    public static StatisticsFilter None { get; } = new();
}
