using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>
/// One read model as the projector runs it: its projection (what each event changes) and its store (where the changes
/// land). Registered with <see cref="ReadModelServiceCollectionExtensions.AddReadModel{TProjection, TStore}"/>; the
/// projector in the silos and the <c>projections</c> command both run the registered ones.
/// </summary>
public sealed record ReadModel(IProjection Projection, IReadModelStore Store)
{
    /// <summary>The name its checkpoint is kept under, and operators call it by.</summary>
    public string Name => Projection.Name;

    /// <summary>
    /// The changes of a batch up to the first event the projection cannot read. Every store applies exactly these, so
    /// that no store can skip an event a newer build wrote.
    /// </summary>
    public ProjectedBatch Project(IReadOnlyList<RecordedEvent> batch)
    {
        var read = new List<RecordedEvent>(batch.Count);
        var changes = new List<ReadModelChange>();
        foreach (var recorded in batch)
        {
            if (!Projection.Reads(recorded))
            {
                return new ProjectedBatch(read, changes, recorded);
            }

            read.Add(recorded);
            changes.AddRange(Projection.Project(recorded));
        }

        return new ProjectedBatch(read, changes, null);
    }
}
