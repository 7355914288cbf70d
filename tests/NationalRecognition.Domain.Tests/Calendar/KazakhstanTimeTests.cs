using Microsoft.Extensions.Time.Testing;
using NationalRecognition.Domain.Calendar;
using Xunit;

namespace NationalRecognition.Domain.Tests.Calendar;

public sealed class KazakhstanTimeTests
{
    [Fact]
    public void Kazakhstan_is_five_hours_ahead_of_utc() =>
        Assert.Equal(new DateTimeOffset(2025, 8, 31, 23, 30, 0, TimeSpan.FromHours(5)), KazakhstanTime.ToLocal(new DateTimeOffset(2025, 8, 31, 18, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void Today_in_Kazakhstan_begins_at_19_00_utc_the_day_before()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 8, 31, 18, 59, 59, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2025, 8, 31), KazakhstanTime.Today(time));

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new DateOnly(2025, 9, 1), KazakhstanTime.Today(time));
    }

    [Fact]
    public void Local_day_starts_at_local_midnight() =>
        Assert.Equal(new DateTimeOffset(2025, 8, 31, 19, 0, 0, TimeSpan.Zero), KazakhstanTime.StartOf(new DateOnly(2025, 9, 1)));

    [Fact]
    public void Before_1_march_2024_almaty_was_six_hours_ahead_of_utc() =>
        Assert.Equal(new DateOnly(2023, 9, 1), KazakhstanTime.DateOf(new DateTimeOffset(2023, 8, 31, 18, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void Since_1_march_2024_the_same_utc_instant_is_still_the_day_before() =>
        Assert.Equal(new DateOnly(2024, 8, 31), KazakhstanTime.DateOf(new DateTimeOffset(2024, 8, 31, 18, 30, 0, TimeSpan.Zero)));

    [Fact]
    public void Local_day_before_the_change_starts_at_18_00_utc() =>
        Assert.Equal(new DateTimeOffset(2023, 8, 31, 18, 0, 0, TimeSpan.Zero), KazakhstanTime.StartOf(new DateOnly(2023, 9, 1)));

    [Fact]
    public void Offset_changes_from_six_to_five_hours_at_midnight_of_1_march_2024() =>
        Assert.Equal(
            (TimeSpan.FromHours(6), TimeSpan.FromHours(5)),
            (KazakhstanTime.OffsetAt(KazakhstanTime.SingleZoneSince.AddSeconds(-1)), KazakhstanTime.OffsetAt(KazakhstanTime.SingleZoneSince)));
}
