using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Calendar;

/// <summary>
/// Clause 13 with periods as institutions have them: a unit is taught in one or more periods (per intake or cohort);
/// the learner names the period in which they will study it, which must be one where every requested unit is
/// taught, and the deadline is that period's start (<see cref="SubmissionDeadline"/>).
/// </summary>
public static class TeachingPeriods
{
    private const string Clause = "13";

    public static void EnsureTaughtIn(IReadOnlyList<ApplicationUnit> units, AcademicPeriod named)
    {
        ArgumentNullException.ThrowIfNull(named);
        foreach (var unit in units)
        {
            if (unit.TaughtInPeriodIds.Count == 0)
            {
                throw new DomainException(
                    DomainErrorCode.Validation,
                    Message.Of("teachingPeriods.programmeDoesSay", ("code", unit.Code)),
                    "UnitCodes",
                    Clause);
            }

            if (!unit.TaughtInPeriodIds.Any(id => NameText.Same(id, named.Id)))
            {
                throw new DomainException(
                    DomainErrorCode.RuleViolation,
                    Message.Of("teachingPeriods.codeTaughtName", ("code", unit.Code), ("name", named.Name), ("periods", string.Join(", ", unit.TaughtInPeriodIds))),
                    "AcademicPeriodId",
                    Clause);
            }
        }
    }
}
