using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>Sums of aggregate rows per group, as every store answers a query (memory here; SQL does the same with GROUP BY).</summary>
public static class StatisticsSums
{
    public static IReadOnlyList<StatisticsCell> Of(IEnumerable<KeyValuePair<StatisticsRowKey, StatisticsCounts>> rows, StatisticsQuery query) =>
        rows.Where(row => row.Key.Facet == query.Facet && row.Key.Group.Matches(query.Filter))
            .GroupBy(row => row.Key.Group.Project(query.GroupBy))
            .Select(group => new StatisticsCell(group.Key, group.Aggregate(StatisticsCounts.Zero, (sum, row) => sum.Add(row.Value))))
            .Where(cell => !cell.Counts!.IsZero)
            .ToList();
}
