using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>
/// What a batch of the log changes in one read model: the events it read (a prefix of the batch, in order), their
/// changes, and the first event it could not read, where the projection stops.
/// </summary>
public sealed record ProjectedBatch(IReadOnlyList<RecordedEvent> Read, IReadOnlyList<ReadModelChange> Changes, RecordedEvent? Unread)
{
    /// <summary>Where the checkpoint goes: after the last event read, or nowhere when none was.</summary>
    public LogPosition? Checkpoint => Read.Count > 0 ? Read[^1].Position : null;

    /// <summary>Throws <see cref="UnknownEventException"/> when the batch stopped at an event the projection cannot read.</summary>
    public void ThrowIfStopped(string projection)
    {
        if (Unread is not null)
        {
            throw new UnknownEventException(projection, Unread);
        }
    }
}
