using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Grains.Institutions;

/// <summary>
/// The periods a programme's units are taught in (clause 13, per intake or cohort), as the catalogue stores them:
/// every period in the institution's calendar, the set in calendar order, and the single period of the previous
/// release's field kept as the earliest of the set so that a silo of that release still finds one.
/// </summary>
internal static class TaughtPeriods
{
    public static Programme Normalise(Programme programme, IReadOnlyList<AcademicPeriodInfo> calendar) =>
        programme with { Units = programme.Units.Select((u, i) => Normalise(u, i, calendar)).ToList() };

    private static CurriculumUnit Normalise(CurriculumUnit unit, int index, IReadOnlyList<AcademicPeriodInfo> calendar)
    {
        var periods = unit.Periods;
        if (periods.Count == 0)
        {
            return unit;
        }

        var inCalendar = periods.Select(id => calendar.FirstOrDefault(p => p.Id == id)
            ?? throw new DomainException(DomainErrorCode.Validation,
                Message.Of("institutionGrain.codeTaughtPeriod", ("code", unit.Code), ("taughtInPeriodId", id)),
                $"programme.units[{index}].taughtInPeriodIds", "13")).OrderBy(p => p.StartDate).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        return unit with { TaughtInPeriodId = inCalendar[0].Id, TaughtInPeriodIds = inCalendar.Select(p => p.Id).ToList() };
    }
}
