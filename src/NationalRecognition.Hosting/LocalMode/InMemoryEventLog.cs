using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.Telemetry;

namespace NationalRecognition.Hosting.LocalMode;

/// <summary>
/// The event log, state rows and projector checkpoints of local mode and behaviour tests, in memory, with the same
/// contract as PostgreSQL: a write is atomic, a batch applies exactly once. The read models' rows are kept beside it
/// (<see cref="Rows{TStore}"/>). One instance is shared by every silo of a cluster (it stands in for the database).
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "The semaphore holds no handle (its wait handle is never read), and a log lives as long as its process.")]
public sealed class InMemoryEventLog : IEventStore, IProjectorStore
{
    private readonly Lock _gate = new();

    // One batch, reset or recount at a time: what the checkpoint row's lock does on PostgreSQL.
    private readonly SemaphoreSlim _batches = new(1, 1);
    private readonly ConcurrentDictionary<Type, object> _rows = new();
    private readonly Dictionary<StateKey, (byte[] Payload, int Version, int LastEventVersion)> _states = [];
    private readonly List<RecordedEvent> _events = [];
    private readonly HashSet<(string, int)> _streamVersions = [];
    private readonly Dictionary<string, LogPosition> _checkpoints = [];
    private readonly TimeProvider _time;
    private long _position;

    public InMemoryEventLog(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    public Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_states.TryGetValue(key, out var row) ? new StoredState(row.Payload.ToArray(), row.Version) : null);
        }
    }

    public Task<int> WriteAsync(StateKey key, int? expectedVersion, ReadOnlyMemory<byte> payload, IReadOnlyList<PendingEvent> events, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var found = _states.TryGetValue(key, out var row);
            if (found ? row.Version != expectedVersion : expectedVersion is not null)
            {
                throw new StateVersionConflictException(
                    $"State {key.StreamId} is at version {(found ? row.Version : "none")}, not {expectedVersion?.ToString(CultureInfo.InvariantCulture) ?? "none"}.");
            }

            var lastEventVersion = found ? row.LastEventVersion : 0;
            foreach (var pending in events)
            {
                Append(key.StreamId, ++lastEventVersion, pending);
            }

            var version = found ? row.Version + 1 : 1;
            _states[key] = (payload.ToArray(), version, lastEventVersion);
            return Task.FromResult(version);
        }
    }

    public Task ClearAsync(StateKey key, int? expectedVersion, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_states.TryGetValue(key, out var row) && row.Version != expectedVersion)
            {
                throw new StateVersionConflictException($"State {key.StreamId} is at version {row.Version}, not {expectedVersion}.");
            }

            _states.Remove(key);
            return Task.CompletedTask;
        }
    }

    public Task AppendAsync(string streamId, PendingEvent record, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Append(streamId, null, record);
            return Task.CompletedTask;
        }
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<RecordedEvent>>(_events.Where(e => e.StreamId == streamId).ToList());
        }
    }

    /// <summary>The read model's rows beside this log: one instance per log, as its tables are one per database.</summary>
    public TStore Rows<TStore>(Func<TStore> create)
        where TStore : class, IReadModelStore =>
        (TStore)_rows.GetOrAdd(typeof(TStore), _ => create());

    public async Task<int> ApplyNextBatchAsync(ReadModel readModel, int maxEvents, CancellationToken cancellationToken)
    {
        await _batches.WaitAsync(cancellationToken);
        try
        {
            List<RecordedEvent> batch;
            lock (_gate)
            {
                var checkpoint = _checkpoints.GetValueOrDefault(readModel.Name, LogPosition.Start);
                batch = _events.Where(e => e.Position > checkpoint).Take(maxEvents).ToList();
            }

            if (batch.Count == 0)
            {
                return 0;
            }

            using var span = ProjectorTelemetry.StartBatch(readModel.Name, batch);
            var projected = readModel.Project(batch);
            if (projected.Checkpoint is { } checkpointAfter)
            {
                await readModel.Store.ApplyAsync(InMemoryProjectorTransaction.Held, projected.Changes, cancellationToken);
                lock (_gate)
                {
                    _checkpoints[readModel.Name] = checkpointAfter;
                }
            }

            projected.ThrowIfStopped(readModel.Name);
            return batch.Count;
        }
        finally
        {
            _batches.Release();
        }
    }

    public async Task ResetAsync(ReadModel readModel, CancellationToken cancellationToken)
    {
        await _batches.WaitAsync(cancellationToken);
        try
        {
            await readModel.Store.ResetAsync(InMemoryProjectorTransaction.Held, cancellationToken);
            lock (_gate)
            {
                _checkpoints.Remove(readModel.Name);
            }
        }
        finally
        {
            _batches.Release();
        }
    }

    public Task<ProjectionStatus> StatusAsync(ReadModel readModel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var checkpoint = _checkpoints.GetValueOrDefault(readModel.Name, LogPosition.Start);
            var behind = _events.Where(e => e.Position > checkpoint).ToList();
            var age = behind.Count == 0 ? TimeSpan.Zero : _time.GetUtcNow() - behind[0].OccurredAt;
            return Task.FromResult(new ProjectionStatus(readModel.Name, behind.Count, age));
        }
    }

    /// <summary>
    /// Runs <paramref name="recount"/> over the events <paramref name="projection"/> has applied, with every batch held
    /// back until it returns, so that the recount and the rows it is compared with are taken at the same point of the log.
    /// </summary>
    public async Task<T> WhileBatchesWaitAsync<T>(string projection, Func<IReadOnlyList<RecordedEvent>, T> recount, CancellationToken cancellationToken)
    {
        await _batches.WaitAsync(cancellationToken);
        try
        {
            List<RecordedEvent> applied;
            lock (_gate)
            {
                var checkpoint = _checkpoints.GetValueOrDefault(projection, LogPosition.Start);
                applied = _events.Where(e => e.Position <= checkpoint).ToList();
            }

            return recount(applied);
        }
        finally
        {
            _batches.Release();
        }
    }

    private void Append(string streamId, int? streamVersion, PendingEvent pending)
    {
        if (streamVersion is { } version && !_streamVersions.Add((streamId, version)))
        {
            throw new StateVersionConflictException($"Stream {streamId} already has version {version}.");
        }

        _position++;
        _events.Add(new RecordedEvent(
            new LogPosition(1, _position), streamId, streamVersion, pending.EventType, pending.SchemaVersion, pending.Payload,
            pending.OccurredAt, pending.SubjectId, pending.Role, pending.ActorInstitutionBin, pending.InstitutionBin,
            ProjectorTelemetry.CurrentTraceParent()));
    }
}
