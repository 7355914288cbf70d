using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.ReadModels.Statistics;

namespace NationalRecognition.Hosting.LocalMode.ReadModels.Statistics;

/// <summary>
/// The statistics' aggregate rows in memory: the ledger keeps every application's facts, the rows their sums and cell
/// keys. The cell-key secret is the process's own (local mode keeps nothing beyond the process either).
/// </summary>
public sealed class InMemoryStatisticsStore(InMemoryEventLog log) : IReadModelStore, IStatisticsQueries
{
    private readonly Lock _gate = new();
    private readonly Dictionary<StatisticsRowKey, StatisticsRowDelta> _rows = [];
    private readonly RecordKeys _keys = new(CellKeySecret.Random());
    private StatisticsLedger? _ledger;

    private StatisticsLedger Ledger => _ledger ??= new StatisticsLedger(_keys);

    /// <summary>The statistics kept beside <paramref name="log"/>.</summary>
    public static InMemoryStatisticsStore Of(InMemoryEventLog log) => log.Rows(() => new InMemoryStatisticsStore(log));

    public Task ApplyAsync(IProjectorTransaction transaction, IReadOnlyList<ReadModelChange> changes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var change in changes.Cast<StatisticsChange>())
            {
                Ledger.Apply(change);
            }

            foreach (var (key, delta) in Ledger.TakeRows())
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
            _ledger = new StatisticsLedger(_keys);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StatisticsCell>> SumAsync(StatisticsQuery query, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(StatisticsSums.Of(_rows.Select(r => KeyValuePair.Create(r.Key, r.Value.Counts)), query));
        }
    }

    public Task<IReadOnlyList<StatisticsCell>> PublishedSumAsync(StatisticsQuery query, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(StatisticsSums.Of(
                _rows.Select(r => KeyValuePair.Create(r.Key, CellKeyPerturbation.Publish(r.Value.Counts, r.Value.Keys))), query));
        }
    }

    public Task<StatisticsReconciliation> ReconcileAsync(CancellationToken cancellationToken) =>
        log.WhileBatchesWaitAsync(StatisticsProjection.ProjectionName, applied =>
        {
            var projection = new StatisticsProjection();
            var recount = new StatisticsLedger(_keys);
            foreach (var change in applied.SelectMany(projection.Project).Cast<StatisticsChange>())
            {
                recount.Apply(change);
            }

            lock (_gate)
            {
                return StatisticsReconciliation.Compare(applied.Count, _rows, recount.TakeRows());
            }
        }, cancellationToken);
}
