using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Grains.Infrastructure;
using NationalRecognition.Grains.Projections;
using NationalRecognition.Grains.Statistics;

namespace NationalRecognition.Grains.EventLog;

/// <summary>
/// The event log, state rows and read models of local mode and behaviour tests, in memory, with the same
/// contract as the PostgreSQL store: a write is atomic, a batch applies exactly once, pages are keyset pages.
/// One instance is shared by every silo of a cluster (it stands in for the database).
/// </summary>
public sealed partial class InMemoryEventLog : IEventStore, IReadModelStore, IListingQueries, IAuditQueries, IStatisticsStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<StateKey, (byte[] Payload, int Version, int LastEventVersion)> _states = [];
    private readonly List<RecordedEvent> _events = [];
    private readonly HashSet<(string, int)> _streamVersions = [];
    private readonly Dictionary<string, LogPosition> _checkpoints = [];
    private readonly Dictionary<Guid, ApplicationSummary> _listing = [];
    private readonly Dictionary<long, (string Scope, AuditRecord Record)> _audit = [];
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
                    $"State {key.StreamId} is at version {(found ? row.Version : "none")}, not {expectedVersion?.ToString() ?? "none"}.");
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

    public Task<int> ApplyNextBatchAsync(IProjection projection, int maxEvents, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var checkpoint = _checkpoints.GetValueOrDefault(projection.Name, LogPosition.Start);
            var batch = _events.Where(e => e.Position > checkpoint).Take(maxEvents).ToList();
            using var span = batch.Count > 0 ? Telemetry.ProjectorTelemetry.StartBatch(projection.Name, batch) : null;
            foreach (var change in batch.SelectMany(projection.Project))
            {
                Apply(change);
            }

            AddStatisticsDeltas();

            if (batch.Count > 0)
            {
                _checkpoints[projection.Name] = batch[^1].Position;
            }

            return Task.FromResult(batch.Count);
        }
    }

    public Task ResetAsync(IProjection projection, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            switch (projection.Name)
            {
                case ListingProjection.ProjectionName:
                    _listing.Clear();
                    break;
                case AuditProjection.ProjectionName:
                    _audit.Clear();
                    break;
                case StatisticsProjection.ProjectionName:
                    ResetStatistics();
                    break;
                default:
                    throw new InvalidOperationException($"Unknown projection '{projection.Name}'.");
            }

            _checkpoints.Remove(projection.Name);
            return Task.CompletedTask;
        }
    }

    public Task<ProjectionStatus> StatusAsync(IProjection projection, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var checkpoint = _checkpoints.GetValueOrDefault(projection.Name, LogPosition.Start);
            var behind = _events.Where(e => e.Position > checkpoint).ToList();
            var age = behind.Count == 0 ? TimeSpan.Zero : _time.GetUtcNow() - behind[0].OccurredAt;
            return Task.FromResult(new ProjectionStatus(projection.Name, behind.Count, age));
        }
    }

    public Task<Page<ApplicationSummary>> PageAsync(ListingFilter filter, ApplicationStatus? status, PageRequest page, CancellationToken cancellationToken)
    {
        List<ApplicationSummary> matching;
        lock (_gate)
        {
            matching = _listing.Values.Where(s => filter.Matches(s) && (status is null || s.Status == status)).ToList();
        }

        var ordered = matching.Select(s => (Summary: s, Cursor: new PageCursor(s.SubmittedAt, s.Id)))
            .OrderBy(x => x.Cursor, PageCursor.NewestFirst)
            .ToList();
        var after = page.After is null ? (PageCursor?)null : PageCursor.Decode(page.After);
        var remaining = after is { } position ? ordered.Where(x => PageCursor.NewestFirst.Compare(x.Cursor, position) > 0).ToList() : ordered;
        var slice = remaining.Take(page.First).ToList();
        return Task.FromResult(new Page<ApplicationSummary>(
            slice.Select(x => x.Summary).ToList(), slice.Select(x => x.Cursor.Encode()).ToList(), remaining.Count > slice.Count, ordered.Count));
    }

    public Task<ApplicationSummary?> FindAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_listing.GetValueOrDefault(applicationId));
        }
    }

    public Task<Page<AuditRecord>> PageAsync(string scope, DateOnly day, PageRequest page, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        List<AuditRecord> records;
        lock (_gate)
        {
            records = _audit.Values.Where(a => a.Scope == scope && a.Record.At >= from && a.Record.At < from.AddDays(1))
                .Select(a => a.Record)
                .OrderByDescending(r => r.At).ThenByDescending(r => r.Sequence)
                .ToList();
        }

        var after = page.After is null ? (AuditCursor?)null : AuditCursor.Decode(page.After);
        var remaining = after is { } cursor ? records.Where(cursor.IsBefore).ToList() : records;
        var slice = remaining.Take(page.First).ToList();
        return Task.FromResult(new Page<AuditRecord>(
            slice, slice.Select(r => AuditCursor.Of(r).Encode()).ToList(), remaining.Count > slice.Count, records.Count));
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
            Telemetry.ProjectorTelemetry.CurrentTraceParent()));
    }

    private void Apply(ReadModelChange change)
    {
        switch (change)
        {
            case ListingUpsert { Summary: var summary }:
                if (!_listing.TryGetValue(summary.Id, out var known) || known.Version < summary.Version)
                {
                    _listing[summary.Id] = summary;
                }

                break;
            case AuditAppend append:
                _audit.TryAdd(append.Record.Sequence, (append.Scope, append.Record));
                break;
            case StatisticsChange statistics:
                _statistics.Apply(statistics);
                break;
            default:
                throw new InvalidOperationException($"Unknown read-model change {change.GetType().Name}.");
        }
    }
}
