using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>
/// The national rollup: the aggregate rows summed over everything but ministry, region, month and facet value. Its
/// size depends on the calendar and the country (2 ministries × 20 regions × months × facet values), never on the
/// number of institutions or applications, so the questions of the top of the drill-down (national, sector, region,
/// by month, by issuer kind) read a few hundred rows whether the log holds ten thousand applications or ten million.
/// The projector keeps it beside the full rows in the same transaction; a question that needs any other dimension
/// reads the full rows.
/// </summary>
public static class StatisticsRollup
{
    public static IReadOnlyList<StatisticsDimension> Dimensions { get; } =
        [StatisticsDimension.Ministry, StatisticsDimension.Region, StatisticsDimension.Month, StatisticsDimension.FacetValue];

    /// <summary>Whether the rollup alone answers <paramref name="query"/>: it groups and filters only by kept dimensions.</summary>
    public static bool Answers(StatisticsQuery query)
    {
        var filter = query.Filter;
        return query.GroupBy.All(Dimensions.Contains)
            && filter.InstitutionKind is null
            && filter.InstitutionBin is null
            && filter.ProgrammeLevel is null
            && filter.AcademicYear is null
            && filter.AcademicPeriodId is null;
    }

    /// <summary>The rollup rows of <paramref name="rows"/>: each row's key cut down to the kept dimensions, counts summed.</summary>
    public static Dictionary<StatisticsRowKey, StatisticsCounts> Of(IEnumerable<KeyValuePair<StatisticsRowKey, StatisticsCounts>> rows)
    {
        var rollup = new Dictionary<StatisticsRowKey, StatisticsCounts>();
        foreach (var (key, counts) in rows)
        {
            var rolled = key with { Group = key.Group.Project(Dimensions) };
            rollup[rolled] = rollup.TryGetValue(rolled, out var sum) ? sum.Add(counts) : counts;
        }

        return rollup;
    }
}
