namespace NationalRecognition.Grains.Projections;

/// <summary>
/// Where projections live. A batch reads the log after the projection's checkpoint, writes the batch's changes
/// and advances the checkpoint in one transaction, so each event takes effect exactly once even if the
/// projector dies mid-batch; while one instance holds a projection's batch, others skip it.
/// </summary>
public interface IReadModelStore
{
    /// <summary>Applies at most <paramref name="maxEvents"/> events; returns how many (0: caught up, or another instance is at it).</summary>
    Task<int> ApplyNextBatchAsync(IProjection projection, int maxEvents, CancellationToken cancellationToken);

    /// <summary>Empties the projection's read model and moves its checkpoint to the start of the log (a rebuild follows).</summary>
    Task ResetAsync(IProjection projection, CancellationToken cancellationToken);

    /// <summary>How far behind the log a projection is.</summary>
    Task<ProjectionStatus> StatusAsync(IProjection projection, CancellationToken cancellationToken);
}
