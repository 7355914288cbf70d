using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>
/// Hides the smallest cells (docs/security.md, "Statistics"): a cell whose applications, decisions or refusals, as
/// shown, number 1 to <see cref="Threshold"/> − 1 shows no figures at all; a cell with fewer than
/// <see cref="PercentileThreshold"/> decisions shows no decision-time percentiles. What protects a learner is the
/// cell-key perturbation (<see cref="CellKeyPerturbation"/>), which holds across every combination of questions; hiding
/// is what statistics offices add so that figures made mostly of perturbation are not read as facts. No complementary
/// suppression: a hidden cell's perturbed figure, had from a total, is as protected as a shown one.
/// </summary>
public static class SmallCellSuppression
{
    public const int Threshold = 5;

    /// <summary>The fewest decisions a cell needs to show its median and 90th percentile of decision time.</summary>
    public const int PercentileThreshold = 10;

    public static bool IsSmall(StatisticsCounts counts) =>
        IsSmall(counts.Applications) || IsSmall(counts.Decisions) || IsSmall(counts.Refusals);

    public static IReadOnlyList<StatisticsCell> Apply(IReadOnlyList<StatisticsCell> cells) =>
        cells.Select(c => c.Counts switch
        {
            null => c,
            { } counts when IsSmall(counts) => c with { Counts = null },
            { } counts when counts.Decisions < PercentileThreshold && counts.DecisionHours.Any(h => h != 0) =>
                c with { Counts = counts with { DecisionHours = new long[DecisionTimeBuckets.Count] } },
            _ => c,
        }).ToList();

    private static bool IsSmall(long count) => count is > 0 and < Threshold;
}
