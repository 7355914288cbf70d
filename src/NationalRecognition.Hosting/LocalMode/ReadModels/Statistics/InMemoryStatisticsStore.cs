using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.ReadModels.Statistics;

namespace NationalRecognition.Hosting.LocalMode.ReadModels.Statistics;

/// <summary>The statistics' aggregate rows in memory: the ledger keeps every application's facts, the rows their sums.</summary>
public sealed class InMemoryStatisticsStore(InMemoryEventLog log) : IReadModelStore, IStatisticsQueries
{
    private readonly Lock _gate = new();
    private readonly Dictionary<StatisticsRowKey, StatisticsCounts> _rows = [];
    private StatisticsLedger _ledger = new();

    /// <summary>The statistics kept beside <paramref name="log"/>.</summary>
    public static InMemoryStatisticsStore Of(InMemoryEventLog log) => log.Rows(() => new InMemoryStatisticsStore(log));

    public Task ApplyAsync(IProjectorTransaction transaction, IReadOnlyList<ReadModelChange> changes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var change in changes.Cast<StatisticsChange>())
            {
                _ledger.Apply(change);
            }

            foreach (var (key, delta) in _ledger.TakeDeltas())
            {
                _rows[key] = _rows.TryGetValue(key, out var known) ? known.Add(delta) : delta;
            }
        }

        return Task.CompletedTask;
    }

    public Task ResetAsync(IProjectorTransaction transaction, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _rows.Clear();
            _ledger = new StatisticsLedger();
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StatisticsCell>> SumAsync(StatisticsQuery query, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(StatisticsSums.Of(_rows, query));
        }
    }

    public Task<StatisticsReconciliation> ReconcileAsync(CancellationToken cancellationToken) =>
        log.WhileBatchesWaitAsync(StatisticsProjection.ProjectionName, applied =>
        {
            var projection = new StatisticsProjection();
            var recount = new StatisticsLedger();
            foreach (var change in applied.SelectMany(projection.Project).Cast<StatisticsChange>())
            {
                recount.Apply(change);
            }

            lock (_gate)
            {
                return StatisticsReconciliation.Compare(applied.Count, _rows, recount.TakeDeltas());
            }
        }, cancellationToken);
}
