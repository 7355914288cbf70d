using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;

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
                    $"The programme does not say in which period {unit.Code} is taught, so the deadline of its recognition cannot be judged.",
                    "UnitCodes",
                    Clause);
            }

            if (!unit.TaughtInPeriodIds.Any(id => NameText.Same(id, named.Id)))
            {
                throw new DomainException(
                    DomainErrorCode.RuleViolation,
                    $"{unit.Code} is not taught in '{named.Name}'; it is taught in {string.Join(", ", unit.TaughtInPeriodIds)}: name the period in which you will study it.",
                    "AcademicPeriodId",
                    Clause);
            }
        }
    }
}
