using System.Collections.Concurrent;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Hosting.LocalMode;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// The shared in-memory event store with storage faults on demand: the next write of a stream can fail before it
/// is stored, or be stored and then fail (the answer is lost, as in a timeout). Everything else passes through.
/// </summary>
internal sealed class StorageFaults(InMemoryEventLog log) : IEventStore
{
    private static readonly ConcurrentDictionary<string, bool> NextWriteFails = new();

    /// <summary>The stream's next write fails; <paramref name="afterStoring"/>: it is stored first, and only the answer fails.</summary>
    public static void FailNextWrite(string streamId, bool afterStoring = false) => NextWriteFails[streamId] = afterStoring;

    public async Task<int> WriteAsync(StateKey key, int? expectedVersion, ReadOnlyMemory<byte> payload, IReadOnlyList<PendingEvent> events, CancellationToken cancellationToken)
    {
        if (!NextWriteFails.TryRemove(key.StreamId, out var afterStoring))
        {
            return await log.WriteAsync(key, expectedVersion, payload, events, cancellationToken);
        }

        if (afterStoring)
        {
            await log.WriteAsync(key, expectedVersion, payload, events, cancellationToken);
        }

        throw new TimeoutException($"Injected storage fault on {key.StreamId} ({(afterStoring ? "after" : "before")} storing).");
    }

    public Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken) => log.ReadAsync(key, cancellationToken);

    public Task ClearAsync(StateKey key, int? expectedVersion, CancellationToken cancellationToken) => log.ClearAsync(key, expectedVersion, cancellationToken);

    public Task AppendAsync(string streamId, PendingEvent record, CancellationToken cancellationToken) => log.AppendAsync(streamId, record, cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, CancellationToken cancellationToken) => log.ReadStreamAsync(streamId, cancellationToken);
}
