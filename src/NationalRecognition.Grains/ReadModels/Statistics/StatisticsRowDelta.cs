using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>What a batch adds to one aggregate row: its counts and its cell-key sums (<see cref="CellKeyMeasures"/> order).</summary>
public sealed record StatisticsRowDelta(StatisticsCounts Counts, long[] Keys)
{
    public bool IsZero => Counts.IsZero && CellKeyMeasures.IsZero(Keys);

    public StatisticsRowDelta Add(StatisticsRowDelta other) => new(Counts.Add(other.Counts), CellKeyMeasures.Add(Keys, other.Keys));
}
