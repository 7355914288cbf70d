using NationalRecognition.Gateway.CoHosted.Demo;

namespace NationalRecognition.Gateway.Tests.Demo;

/// <summary>Clause 13: demo periods always start in the future, in Kazakhstan time (UTC+5).</summary>
public sealed class DemoCalendarTests
{
    [Theory]
    [InlineData("2026-11-25T23:17:00Z", "2027-09-01", "2027-02-01")]
    [InlineData("2026-03-10T08:00:00Z", "2026-09-01", "2027-02-01")]
    [InlineData("2026-01-15T08:00:00Z", "2026-09-01", "2026-02-01")]
    // 19:30 UTC on 30 January is already 31 January in Kazakhstan: 1 February is tomorrow, too close to submit safely.
    [InlineData("2026-01-30T19:30:00Z", "2026-09-01", "2027-02-01")]
    [InlineData("2026-08-30T12:00:00Z", "2026-09-01", "2027-02-01")]
    [InlineData("2026-08-31T12:00:00Z", "2027-09-01", "2027-02-01")]
    public void Periods_start_on_the_next_1_September_and_1_February_at_least_two_days_ahead(string nowUtc, string autumn, string spring)
    {
        var time = new FixedTimeProvider(DateTimeOffset.Parse(nowUtc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(autumn, System.Globalization.CultureInfo.InvariantCulture), DemoCalendar.Autumn(time).StartDate);
        Assert.Equal(DateOnly.Parse(spring, System.Globalization.CultureInfo.InvariantCulture), DemoCalendar.Spring(time).StartDate);
    }

    [Fact]
    public void Periods_keep_their_ids_and_end_after_they_start()
    {
        var time = new FixedTimeProvider(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var autumn = DemoCalendar.Autumn(time);
        var spring = DemoCalendar.Spring(time);

        Assert.Equal((DemoData.AutumnPeriodId, "Autumn semester 2027"), (autumn.Id, autumn.Name));
        Assert.Equal((DemoData.SpringPeriodId, "Spring semester 2027"), (spring.Id, spring.Name));
        Assert.True(autumn.EndDate > autumn.StartDate);
        Assert.True(spring.EndDate > spring.StartDate);
    }
}
