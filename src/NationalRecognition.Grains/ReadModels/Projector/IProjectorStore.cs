namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>
/// The log and the checkpoints the projector runs over. A batch reads the log after the read model's checkpoint, has
/// the read model's store write the batch's changes and advances the checkpoint in one transaction, so each event takes
/// effect exactly once even if the projector dies mid-batch; while one instance holds a read model's batch, others skip it.
/// </summary>
public interface IProjectorStore
{
    /// <summary>Applies at most <paramref name="maxEvents"/> events; returns how many (0: caught up, or another instance is at it).</summary>
    Task<int> ApplyNextBatchAsync(ReadModel readModel, int maxEvents, CancellationToken cancellationToken);

    /// <summary>Empties the read model and moves its checkpoint to the start of the log (a rebuild follows).</summary>
    Task ResetAsync(ReadModel readModel, CancellationToken cancellationToken);

    /// <summary>How far behind the log a read model is.</summary>
    Task<ProjectionStatus> StatusAsync(ReadModel readModel, CancellationToken cancellationToken);
}
