using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Events;

namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>
/// A read model fed from the log: what each event changes in it. Pure, so that the incremental result and a
/// rebuild from the first event are the same by construction.
/// </summary>
public interface IProjection
{
    /// <summary>The name its checkpoint is kept under.</summary>
    string Name { get; }

    /// <summary>
    /// Whether this build reads the event: its stored name and schema version have a reader in the catalogue. The
    /// projector stops at the first event it does not read (<see cref="UnknownEventException"/>) and never skips it.
    /// </summary>
    bool Reads(RecordedEvent recorded) => EventCatalogue.Knows(recorded.EventType, recorded.SchemaVersion);

    IEnumerable<ReadModelChange> Project(RecordedEvent recorded);
}
