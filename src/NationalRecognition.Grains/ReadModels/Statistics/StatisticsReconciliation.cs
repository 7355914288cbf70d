using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>A stored aggregate row that differs from the recount (a missing row counts as zero).</summary>
public sealed record StatisticsDrift(StatisticsRowKey Key, StatisticsCounts Stored, StatisticsCounts Recounted);

/// <summary>The outcome of a reconciliation: how many events were recounted, how many rows compared, and every drift.</summary>
public sealed record StatisticsReconciliation(long EventsRecounted, int RowsCompared, IReadOnlyList<StatisticsDrift> Drifts)
{
    public bool IsExact => Drifts.Count == 0;

    /// <summary>Compares stored rows with recounted ones; rows that are zero on both sides (every status moved on) are equal.</summary>
    public static StatisticsReconciliation Compare(
        long eventsRecounted, IReadOnlyDictionary<StatisticsRowKey, StatisticsCounts> stored, IReadOnlyDictionary<StatisticsRowKey, StatisticsCounts> recounted)
    {
        var keys = stored.Keys.Union(recounted.Keys).ToList();
        var drifts = new List<StatisticsDrift>();
        foreach (var key in keys)
        {
            var left = stored.GetValueOrDefault(key) ?? StatisticsCounts.Zero;
            var right = recounted.GetValueOrDefault(key) ?? StatisticsCounts.Zero;
            if (!left.SameAs(right))
            {
                drifts.Add(new StatisticsDrift(key, left, right));
            }
        }

        return new StatisticsReconciliation(eventsRecounted, keys.Count, drifts);
    }

    /// <summary>Compares stored rows with recounted ones, cell keys included: a row whose keys drifted publishes other figures.</summary>
    public static StatisticsReconciliation Compare(
        long eventsRecounted, IReadOnlyDictionary<StatisticsRowKey, StatisticsRowDelta> stored, IReadOnlyDictionary<StatisticsRowKey, StatisticsRowDelta> recounted)
    {
        var empty = new StatisticsRowDelta(StatisticsCounts.Zero, CellKeyMeasures.Zero());
        var keys = stored.Keys.Union(recounted.Keys).ToList();
        var drifts = new List<StatisticsDrift>();
        foreach (var key in keys)
        {
            var left = stored.GetValueOrDefault(key) ?? empty;
            var right = recounted.GetValueOrDefault(key) ?? empty;
            if (!left.Counts.SameAs(right.Counts) || !CellKeyMeasures.Add(left.Keys, right.Keys, -1).All(k => k == 0))
            {
                drifts.Add(new StatisticsDrift(key, left.Counts, right.Counts));
            }
        }

        return new StatisticsReconciliation(eventsRecounted, keys.Count, drifts);
    }
}
