using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Contracts.Statistics;

/// <summary>
/// The answer to a <see cref="StatisticsQuery"/>: its cells, largest first when grouped, the ministry the caller's
/// sector limited it to (null: national), the smallest count a cell may show, and whether the figures are exact or
/// cell-key perturbed (added later: an earlier silo's answer reads as exact, which it was).
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.StatisticsAnswer")]
public sealed record StatisticsAnswer(
    [property: Id(0)] IReadOnlyList<StatisticsCell> Cells,
    [property: Id(1)] Ministry? Sector,
    [property: Id(2)] int SuppressionThreshold,
    [property: Id(3)] StatisticsFigures Figures = StatisticsFigures.Exact);
