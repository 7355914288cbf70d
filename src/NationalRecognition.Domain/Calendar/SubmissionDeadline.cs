using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Calendar;

/// <summary>
/// Clause 13: the application is submitted before the academic period starts. Judged in Kazakhstan time: accepted
/// only while the local date is before the period's start date (the last day is the day before).
/// </summary>
public static class SubmissionDeadline
{
    private const string Clause = "13";

    /// <summary>The first instant at which applications for the period are refused.</summary>
    public static DateTimeOffset ClosesAt(AcademicPeriod period) => KazakhstanTime.StartOf(period.StartDate);

    public static DateOnly LastDay(AcademicPeriod period) => period.StartDate.AddDays(-1);

    public static bool IsOpen(AcademicPeriod period, DateTimeOffset now) => KazakhstanTime.DateOf(now) < period.StartDate;

    public static void EnsureOpen(AcademicPeriod period, DateTimeOffset now)
    {
        if (!IsOpen(period, now))
        {
            throw new DomainException(
                DomainErrorCode.DeadlinePassed,
                Message.Of("submissionDeadline.applicationsNameWere", ("name", period.Name), ("lastDay", LastDay(period)), ("startDate", period.StartDate)),
                "AcademicPeriodId",
                Clause);
        }
    }

    /// <summary>
    /// A requested discipline or module is recognised before the period in which it is taught starts, whatever later
    /// period the learner names: otherwise the deadline of clause 13 could be bypassed by naming a period not yet begun.
    /// </summary>
    public static void EnsureBeforeTaught(string unitCode, AcademicPeriod taughtIn, DateTimeOffset now)
    {
        if (!IsOpen(taughtIn, now))
        {
            throw new DomainException(
                DomainErrorCode.DeadlinePassed,
                Message.Of("submissionDeadline.unitCodeTaughtName", ("unitCode", unitCode), ("name", taughtIn.Name), ("startDate", taughtIn.StartDate), ("lastDay", LastDay(taughtIn))),
                "UnitCodes",
                Clause);
        }
    }

    public static void EnsureOpen(AcademicPeriod period, TimeProvider timeProvider) => EnsureOpen(period, timeProvider.GetUtcNow());
}
