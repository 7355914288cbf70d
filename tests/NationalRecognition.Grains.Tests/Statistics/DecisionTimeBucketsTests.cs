using NationalRecognition.Contracts.Statistics;
using Xunit;

namespace NationalRecognition.Grains.Tests.Statistics;

public sealed class DecisionTimeBucketsTests
{
    [Fact]
    public void Median_of_durations_in_one_bucket_lies_within_that_bucket()
    {
        var histogram = new long[DecisionTimeBuckets.Count];
        histogram[DecisionTimeBuckets.IndexOf(TimeSpan.FromDays(10))] = 9;

        var median = DecisionTimeBuckets.Percentile(histogram, 0.5)!.Value;

        Assert.InRange(median, 240, 336);
    }

    [Fact]
    public void Percentiles_of_merged_histograms_are_those_of_all_their_durations()
    {
        var fast = new long[DecisionTimeBuckets.Count];
        var slow = new long[DecisionTimeBuckets.Count];
        fast[DecisionTimeBuckets.IndexOf(TimeSpan.FromHours(3))] = 50;
        slow[DecisionTimeBuckets.IndexOf(TimeSpan.FromDays(40))] = 50;
        var merged = (StatisticsCounts.Zero with { DecisionHours = fast }).Add(StatisticsCounts.Zero with { DecisionHours = slow });

        Assert.InRange(merged.MedianDecisionHours!.Value, 2, 4);
        Assert.InRange(merged.P90DecisionHours!.Value, 720, 1080);
    }

    [Fact]
    public void No_decisions_have_no_median() =>
        Assert.Null(StatisticsCounts.Zero.MedianDecisionHours);

    [Fact]
    public void Durations_beyond_the_last_bound_fall_in_the_open_bucket() =>
        Assert.Equal(DecisionTimeBuckets.Count - 1, DecisionTimeBuckets.IndexOf(TimeSpan.FromDays(400)));
}
