using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>
/// Keeps a cell from singling out a learner (docs/security.md, "Statistics"): a cell whose applications, decisions or
/// refusals number 1 to <see cref="Threshold"/> − 1 shows no counts at all. When that leaves exactly one suppressed
/// cell in an answer of several, the next smallest cell is suppressed too, so the hidden one cannot be had by
/// subtracting the others from a total.
/// </summary>
public static class SmallCellSuppression
{
    public const int Threshold = 5;

    public static bool IsSmall(StatisticsCounts counts) =>
        IsSmall(counts.Applications) || IsSmall(counts.Decisions) || IsSmall(counts.Refusals);

    public static IReadOnlyList<StatisticsCell> Apply(IReadOnlyList<StatisticsCell> cells)
    {
        var result = cells.Select(c => c.Counts is { } counts && IsSmall(counts) ? c with { Counts = null } : c).ToList();
        if (result.Count(c => c.Suppressed) == 1 && result.Count > 1)
        {
            var next = result.Select((cell, index) => (cell, index))
                .Where(x => !x.cell.Suppressed)
                .MinBy(x => (x.cell.Counts!.Applications, x.cell.Counts.Decisions, x.cell.Counts.Refusals));
            result[next.index] = next.cell with { Counts = null };
        }

        return result;
    }

    private static bool IsSmall(long count) => count is > 0 and < Threshold;
}
