namespace NationalRecognition.Contracts.Statistics;

/// <summary>One row of an answer: its group and its counts, or no counts when the cell is suppressed (docs/security.md).</summary>
[GenerateSerializer, Immutable, Alias("nr.StatisticsCell")]
public sealed record StatisticsCell(
    [property: Id(0)] StatisticsGroup Group,
    [property: Id(1)] StatisticsCounts? Counts)
{
    public bool Suppressed => Counts is null;
}
