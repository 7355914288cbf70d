using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Recognitions;

/// <summary>
/// One recognition per course, and the institution's credit cap, over everything a learner has had recognised at one
/// institution: across disciplines and applications, so that splitting an application or naming another discipline
/// does not recognise the same course twice or get around the cap.
/// </summary>
public static class RecognitionLedger
{
    /// <summary>
    /// Refuses a decision's recognitions that would recognise a course already recognised by another application (or
    /// twice in this one), or take the learner's credits in the programme over <paramref name="cap"/>.
    /// </summary>
    public static void EnsureCanRecognise(
        IReadOnlyCollection<HeldRecognition> held, Guid applicationId, string programmeCode, IReadOnlyList<HeldRecognition> recognitions, decimal? cap)
    {
        var others = held.Where(h => h.ApplicationId != applicationId).ToList();
        foreach (var recognition in recognitions)
        {
            if (others.FirstOrDefault(h => h.Course == recognition.Course) is { } earlier)
            {
                throw new DomainException(
                    DomainErrorCode.Conflict,
                    Message.Of("recognitionLedger.courseAlreadyRecognised", ("unitCode", earlier.UnitCode)),
                    "decisions");
            }
        }

        var twice = recognitions.GroupBy(r => r.Course).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new DomainException(
                DomainErrorCode.Conflict,
                Message.Of("recognitionLedger.oneCourseRecognised", ("units", string.Join(" and ", twice.Select(r => r.UnitCode)))),
                "decisions");
        }

        if (cap is { } limit)
        {
            var already = others.Where(h => h.ProgrammeCode == programmeCode).Sum(h => h.Credits);
            var total = already + recognitions.Sum(r => r.Credits);
            if (total > limit)
            {
                throw new DomainException(
                    DomainErrorCode.RuleViolation,
                    Message.Of("recognitionLedger.institutionRecognisesMost", ("limit", limit), ("already", already), ("total", total)),
                    "decisions");
            }
        }
    }
}
