using System.Globalization;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Calendar;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// The demo academic calendar, always in the future so that applications can still be submitted (clause 13):
/// the next 1 September and the next 1 February, in Kazakhstan time. A start must be at least two days away,
/// so a seeding run that crosses local midnight still submits before the period starts.
/// </summary>
internal static class DemoCalendar
{
    public static AcademicPeriodInfo Autumn(TimeProvider time)
    {
        var start = NextAfterTomorrow(time, month: 9, day: 1);
        return new AcademicPeriodInfo(
            DemoData.AutumnPeriodId, string.Create(CultureInfo.InvariantCulture, $"Autumn semester {start.Year}"), start, new DateOnly(start.Year, 12, 25));
    }

    public static AcademicPeriodInfo Spring(TimeProvider time)
    {
        var start = NextAfterTomorrow(time, month: 2, day: 1);
        return new AcademicPeriodInfo(
            DemoData.SpringPeriodId, string.Create(CultureInfo.InvariantCulture, $"Spring semester {start.Year}"), start, new DateOnly(start.Year, 6, 20));
    }

    private static DateOnly NextAfterTomorrow(TimeProvider time, int month, int day)
    {
        var tomorrow = KazakhstanTime.Today(time).AddDays(1);
        var start = new DateOnly(tomorrow.Year, month, day);
        return start > tomorrow ? start : start.AddYears(1);
    }
}
