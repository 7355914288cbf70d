namespace NationalRecognition.Contracts.Statistics;

/// <summary>
/// A statistics question: the rows of one facet that pass the filter, summed per group. <see cref="Top"/> keeps
/// the groups with the most applications (top-N institutions, say).
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.StatisticsQuery")]
public sealed record StatisticsQuery(
    [property: Id(0)] StatisticsFacet Facet,
    [property: Id(1)] StatisticsFilter Filter,
    [property: Id(2)] IReadOnlyList<StatisticsDimension> GroupBy,
    [property: Id(3)] int? Top = null)
{
    public const int MaxTop = 1000;
}
