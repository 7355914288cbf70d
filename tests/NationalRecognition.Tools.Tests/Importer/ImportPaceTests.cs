using NationalRecognition.Importer;

namespace NationalRecognition.Tools.Tests.Importer;

public sealed class ImportPaceTests
{
    [Fact]
    public void The_rate_counts_only_the_records_of_this_run()
    {
        var pace = ImportPace.Of(total: 1_000, startedAt: 100, done: 300, elapsed: TimeSpan.FromSeconds(10));

        Assert.Equal(20, pace.RecordsPerSecond);
    }

    [Fact]
    public void The_time_left_is_the_records_still_to_go_at_that_rate()
    {
        var pace = ImportPace.Of(total: 1_000, startedAt: 100, done: 300, elapsed: TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromSeconds(35), pace.Left);
        Assert.Equal("00:00:35", pace.Eta);
    }

    [Fact]
    public void Before_the_first_answer_the_time_left_is_unknown()
    {
        var pace = ImportPace.Of(total: 1_000, startedAt: 400, done: 400, elapsed: TimeSpan.FromSeconds(3));

        Assert.Null(pace.Left);
        Assert.Equal("unknown", pace.Eta);
    }

    [Fact]
    public void A_time_left_of_more_than_a_day_is_shown_in_hours_without_wrapping()
    {
        var pace = ImportPace.Of(total: 100_001, startedAt: 0, done: 1, elapsed: TimeSpan.FromSeconds(1));

        Assert.Equal("27:46:40", pace.Eta);
    }

    [Fact]
    public void More_records_than_the_estimated_total_leave_no_time()
    {
        var pace = ImportPace.Of(total: 10, startedAt: 0, done: 12, elapsed: TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, pace.Left);
    }

    [Fact]
    public void A_pace_too_slow_to_finish_is_capped_rather_than_overflowing()
    {
        var pace = ImportPace.Of(total: long.MaxValue, startedAt: 0, done: 1, elapsed: TimeSpan.FromDays(365));

        Assert.Equal(TimeSpan.FromHours(99_999), pace.Left);
    }

    [Fact]
    public void No_time_elapsed_does_not_divide_by_zero()
    {
        var pace = ImportPace.Of(total: 10, startedAt: 0, done: 5, elapsed: TimeSpan.Zero);

        Assert.True(double.IsFinite(pace.RecordsPerSecond));
        Assert.NotNull(pace.Left);
    }
}
