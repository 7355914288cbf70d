using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>The statistics' aggregate rows: sums for questions, and the reconciliation against a recount of the log.</summary>
public interface IStatisticsQueries
{
    /// <summary>
    /// The rows of the query's facet that pass its filter, summed per group of its dimensions: one statement over the
    /// aggregate rows, whose number grows with institutions × months × dimension values, not with applications.
    /// Unsuppressed; the caller has checked the sector and suppresses small cells.
    /// </summary>
    Task<IReadOnlyList<StatisticsCell>> SumAsync(StatisticsQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Recounts the log up to the projection's checkpoint from scratch and compares the result with the stored rows.
    /// The projection's batches wait meanwhile, so both sides are taken at the same point of the log.
    /// </summary>
    Task<StatisticsReconciliation> ReconcileAsync(CancellationToken cancellationToken);
}
