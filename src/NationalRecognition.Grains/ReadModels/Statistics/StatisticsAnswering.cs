using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>
/// Turns summed cells into an answer, in the one order that keeps the protection: the cells come already protected
/// (perturbed rows, summed), then they are ordered by what they show, small ones hidden, and only then cut to
/// <c>top</c>. Every step sees published figures only, so ordering, hiding and cutting reveal nothing of the true ones.
/// </summary>
public static class StatisticsAnswering
{
    public static StatisticsAnswer Answer(IReadOnlyList<StatisticsCell> summed, int? top, Ministry? sector, StatisticsFigures figures)
    {
        var ordered = summed
            .OrderByDescending(c => c.Counts!.Applications + c.Counts.Refusals)
            .ThenBy(c => c.Group.ToString(), StringComparer.Ordinal)
            .ToList();
        var shown = SmallCellSuppression.Apply(ordered);
        if (top is { } n)
        {
            shown = shown.Take(n).ToList();
        }

        return new StatisticsAnswer(shown, sector, SmallCellSuppression.Threshold, figures);
    }
}
