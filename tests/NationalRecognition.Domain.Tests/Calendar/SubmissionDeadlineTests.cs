using Microsoft.Extensions.Time.Testing;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Calendar;

public sealed class SubmissionDeadlineTests
{
    private static readonly AcademicPeriod Autumn = TestData.AutumnSemester();

    [Fact]
    public void Application_on_the_last_evening_before_the_period_in_Kazakhstan_time_is_accepted()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 8, 31, 23, 59, 59, TimeSpan.FromHours(5)));

        SubmissionDeadline.EnsureOpen(Autumn, time);
        Assert.Equal(new DateOnly(2025, 8, 31), SubmissionDeadline.LastDay(Autumn));
    }

    [Fact]
    public void Application_at_midnight_the_period_starts_is_refused_citing_clause_13()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 8, 31, 19, 0, 0, TimeSpan.Zero));

        var ex = Assert.Throws<DomainException>(() => SubmissionDeadline.EnsureOpen(Autumn, time));

        Assert.Equal(DomainErrorCode.DeadlinePassed, ex.Code);
        Assert.Equal("13", ex.Clause);
        Assert.Contains("2025-08-31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deadline_is_judged_in_Kazakhstan_time_not_utc()
    {
        // 20:00 UTC on 31 August is already 1 September in Kazakhstan.
        var lateUtcEvening = new DateTimeOffset(2025, 8, 31, 20, 0, 0, TimeSpan.Zero);

        Assert.False(SubmissionDeadline.IsOpen(Autumn, lateUtcEvening));
    }

    [Fact]
    public void Application_after_the_period_started_is_refused() =>
        Assert.False(SubmissionDeadline.IsOpen(Autumn, new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.FromHours(5))));

    [Fact]
    public void Deadline_closes_at_local_midnight_of_the_start_date() =>
        Assert.Equal(new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.FromHours(5)), SubmissionDeadline.ClosesAt(Autumn));

    [Fact]
    public void Academic_period_cannot_end_before_it_starts() =>
        Assert.Throws<DomainException>(() => new AcademicPeriod("x", "Broken", new DateOnly(2025, 9, 1), new DateOnly(2025, 8, 1)));
}
