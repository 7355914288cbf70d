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
    /// The same sums over the rows' published (cell-key perturbed) figures: each stored row perturbed by its own cell
    /// keys (<see cref="CellKeyPerturbation"/>), then summed, so every answer is a sum of the same published rows and
    /// combining answers learns nothing a single row's published figure does not say. Cells published as zero are left out.
    /// </summary>
    Task<IReadOnlyList<StatisticsCell>> PublishedSumAsync(StatisticsQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Recounts the log up to the projection's checkpoint from scratch and compares the result with the stored rows.
    /// The projection's batches wait meanwhile, so both sides are taken at the same point of the log.
    /// </summary>
    Task<StatisticsReconciliation> ReconcileAsync(CancellationToken cancellationToken);
}
