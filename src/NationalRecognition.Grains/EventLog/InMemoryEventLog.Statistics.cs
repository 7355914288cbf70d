using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Grains.Projections;
using NationalRecognition.Grains.Statistics;

namespace NationalRecognition.Grains.EventLog;

/// <summary>The statistics' aggregate rows in memory: the ledger keeps every application's facts, the rows their sums.</summary>
public sealed partial class InMemoryEventLog
{
    private readonly Dictionary<StatisticsRowKey, StatisticsCounts> _statisticsRows = [];
    private StatisticsLedger _statistics = new();

    public Task<IReadOnlyList<StatisticsCell>> SumAsync(StatisticsQuery query, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(StatisticsSums.Of(_statisticsRows, query));
        }
    }

    public Task<StatisticsReconciliation> ReconcileAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var checkpoint = _checkpoints.GetValueOrDefault(StatisticsProjection.ProjectionName, LogPosition.Start);
            var projection = new StatisticsProjection();
            var recount = new StatisticsLedger();
            var applied = _events.Where(e => e.Position <= checkpoint).ToList();
            foreach (var change in applied.SelectMany(projection.Project).OfType<StatisticsChange>())
            {
                recount.Apply(change);
            }

            return Task.FromResult(StatisticsReconciliation.Compare(applied.Count, _statisticsRows, recount.TakeDeltas()));
        }
    }

    private void AddStatisticsDeltas()
    {
        foreach (var (key, delta) in _statistics.TakeDeltas())
        {
            _statisticsRows[key] = _statisticsRows.TryGetValue(key, out var known) ? known.Add(delta) : delta;
        }
    }

    private void ResetStatistics()
    {
        _statisticsRows.Clear();
        _statistics = new StatisticsLedger();
    }
}
