namespace NationalRecognition.Contracts.Statistics;

/// <summary>What kind of figures an answer holds (docs/security.md, "Statistics").</summary>
/// <remarks>Sent as its number: never change or reuse a value. 0 is what a silo of an earlier release meant.</remarks>
public enum StatisticsFigures
{
    /// <summary>The true sums: for platform administrators only; each such question is logged (who, what, when).</summary>
    Exact = 0,

    /// <summary>
    /// Sums of cell-key perturbed rows: each stored row's counts are off by at most 2 (credits by 10), so a figure is
    /// off by up to twice the number of rows it sums; totals are the sums of their cells' perturbed rows, not the true totals.
    /// </summary>
    CellKeyPerturbed = 1,
}
