namespace NationalRecognition.Grains.EventLog;

/// <summary>
/// The write side of the platform's record: aggregate state rows and the append-only event log, written
/// together. One command is one call of <see cref="WriteAsync"/>: one transaction, one round trip.
/// </summary>
public interface IEventStore
{
    Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the state and appends <paramref name="events"/> to its stream in one transaction, if the stored
    /// version is still <paramref name="expectedVersion"/> (null: no state stored yet). Returns the new version.
    /// </summary>
    /// <exception cref="StateVersionConflictException">The stored version differs.</exception>
    Task<int> WriteAsync(StateKey key, int? expectedVersion, ReadOnlyMemory<byte> payload, IReadOnlyList<PendingEvent> events, CancellationToken cancellationToken);

    /// <summary>Removes the state row (its events stay: the log is never rewritten).</summary>
    Task ClearAsync(StateKey key, int? expectedVersion, CancellationToken cancellationToken);

    /// <summary>Appends a record that is not part of an aggregate's history (a refusal) to a stream.</summary>
    Task AppendAsync(string streamId, PendingEvent record, CancellationToken cancellationToken);

    /// <summary>Every event of one stream, oldest first (an application's own audit trail).</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, CancellationToken cancellationToken);
}
