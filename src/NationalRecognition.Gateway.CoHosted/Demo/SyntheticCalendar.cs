using System.Globalization;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// The synthetic institutions' periods: an autumn semester from 1 September and a spring one from 1 February each year,
/// named by year ("2026-autumn"). An application is for the first period that starts after the day it is submitted
/// (clause 13).
/// </summary>
internal static class SyntheticCalendar
{
    public static AcademicPeriodInfo PeriodAfter(DateOnly day)
    {
        var spring = Spring(day.Year);
        if (spring.StartDate > day)
        {
            return spring;
        }

        var autumn = Autumn(day.Year);
        return autumn.StartDate > day ? autumn : Spring(day.Year + 1);
    }

    /// <summary>Every period from the one after <paramref name="from"/> to the one after <paramref name="to"/>.</summary>
    public static IReadOnlyList<AcademicPeriodInfo> Between(DateOnly from, DateOnly to)
    {
        var periods = new List<AcademicPeriodInfo>();
        for (var period = PeriodAfter(from); period.StartDate <= PeriodAfter(to).StartDate; period = PeriodAfter(period.StartDate))
        {
            periods.Add(period);
        }

        return periods;
    }

    private static AcademicPeriodInfo Autumn(int year) => new(
        string.Create(CultureInfo.InvariantCulture, $"{year}-autumn"), string.Create(CultureInfo.InvariantCulture, $"Autumn semester {year}"),
        new DateOnly(year, 9, 1), new DateOnly(year, 12, 25));

    private static AcademicPeriodInfo Spring(int year) => new(
        string.Create(CultureInfo.InvariantCulture, $"{year}-spring"), string.Create(CultureInfo.InvariantCulture, $"Spring semester {year}"),
        new DateOnly(year, 2, 1), new DateOnly(year, 6, 20));
}
