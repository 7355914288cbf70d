using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Grading;

/// <summary>GPA = Σ(credits × points) / Σ credits. Not rounded: institutions round for display as they choose.</summary>
public static class Gpa
{
    public static decimal Compute(IEnumerable<(decimal Credits, decimal Points)> entries)
    {
        var totalCredits = 0m;
        var weighted = 0m;
        foreach (var (credits, points) in entries)
        {
            if (credits <= 0)
            {
                throw new DomainException(DomainErrorCode.Validation, Message.Of("gpa.creditsGPAPositive", ("credits", credits)), "Credits");
            }

            if (points < 0)
            {
                throw new DomainException(DomainErrorCode.Validation, Message.Of("gpa.gPAPointsCannot", ("points", points)), "Points");
            }

            totalCredits += credits;
            weighted += credits * points;
        }

        if (totalCredits == 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("gpa.gPANeedsLeast"), "Credits");
        }

        return weighted / totalCredits;
    }

    /// <summary>The GPA over converted grades; pass/fail grades carry no points and are left out.</summary>
    public static decimal Compute(IEnumerable<(decimal Credits, ConvertedGrade Grade)> entries) =>
        Compute(entries.Where(e => e.Grade.CountsTowardsGpa).Select(e => (e.Credits, e.Grade.GpaPoints!.Value)));
}
