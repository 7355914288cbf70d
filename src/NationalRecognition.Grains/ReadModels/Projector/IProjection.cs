using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>
/// A read model fed from the log: what each event changes in it. Pure, so that the incremental result and a
/// rebuild from the first event are the same by construction.
/// </summary>
public interface IProjection
{
    /// <summary>The name its checkpoint is kept under.</summary>
    string Name { get; }

    IEnumerable<ReadModelChange> Project(RecordedEvent recorded);
}
