using System.Collections.Concurrent;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Projections;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// The shared in-memory event log with storage faults on demand: the next write of a stream can fail before it
/// is stored, or be stored and then fail (the answer is lost, as in a timeout). Everything else passes through.
/// </summary>
internal sealed class StorageFaults : IEventStore, IReadModelStore, IListingQueries, IAuditQueries
{
    private static readonly ConcurrentDictionary<string, bool> NextWriteFails = new();
    private readonly InMemoryEventLog _log = SharedEventLog.Instance;

    /// <summary>The stream's next write fails; <paramref name="afterStoring"/>: it is stored first, and only the answer fails.</summary>
    public static void FailNextWrite(string streamId, bool afterStoring = false) => NextWriteFails[streamId] = afterStoring;

    public async Task<int> WriteAsync(StateKey key, int? expectedVersion, ReadOnlyMemory<byte> payload, IReadOnlyList<PendingEvent> events, CancellationToken cancellationToken)
    {
        if (!NextWriteFails.TryRemove(key.StreamId, out var afterStoring))
        {
            return await _log.WriteAsync(key, expectedVersion, payload, events, cancellationToken);
        }

        if (afterStoring)
        {
            await _log.WriteAsync(key, expectedVersion, payload, events, cancellationToken);
        }

        throw new TimeoutException($"Injected storage fault on {key.StreamId} ({(afterStoring ? "after" : "before")} storing).");
    }

    public Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken) => _log.ReadAsync(key, cancellationToken);

    public Task ClearAsync(StateKey key, int? expectedVersion, CancellationToken cancellationToken) => _log.ClearAsync(key, expectedVersion, cancellationToken);

    public Task AppendAsync(string streamId, PendingEvent record, CancellationToken cancellationToken) => _log.AppendAsync(streamId, record, cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, CancellationToken cancellationToken) => _log.ReadStreamAsync(streamId, cancellationToken);

    public Task<int> ApplyNextBatchAsync(IProjection projection, int maxEvents, CancellationToken cancellationToken) =>
        _log.ApplyNextBatchAsync(projection, maxEvents, cancellationToken);

    public Task ResetAsync(IProjection projection, CancellationToken cancellationToken) => _log.ResetAsync(projection, cancellationToken);

    public Task<ProjectionStatus> StatusAsync(IProjection projection, CancellationToken cancellationToken) => _log.StatusAsync(projection, cancellationToken);

    public Task<Page<ApplicationSummary>> PageAsync(ListingFilter filter, ApplicationStatus? status, PageRequest page, CancellationToken cancellationToken) =>
        _log.PageAsync(filter, status, page, cancellationToken);

    public Task<ApplicationSummary?> FindAsync(Guid applicationId, CancellationToken cancellationToken) => _log.FindAsync(applicationId, cancellationToken);

    public Task<Page<AuditRecord>> PageAsync(string scope, DateOnly day, PageRequest page, CancellationToken cancellationToken) =>
        _log.PageAsync(scope, day, page, cancellationToken);
}
