using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Domain.Grading;

/// <summary>
/// The grade a recognition carries into the transcript: the certificate's confirmed grade through the institution's
/// scale. The Commission may state a conversion only within that grade's band (a 92 % course may go in as 90 % or as
/// A-, never as A); a failing confirmed grade is never carried over, whatever is stated. A bare pass has no band:
/// it goes in as passed (outside the GPA) unless the Commission states a passing grade of the scale.
/// </summary>
public static class RecognisedGrade
{
    public static ConvertedGrade Resolve(ConvertedGrade confirmed, Grade? stated, GradeScale scale, string unitCode, string field = "Grade")
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        ArgumentNullException.ThrowIfNull(scale);
        if (!confirmed.Passed)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                $"{unitCode} cannot be recognised: the certificate confirms a failing grade ({Describe(confirmed)}), and a failing grade is not carried over whatever grade is stated.",
                field);
        }

        if (stated is null)
        {
            return confirmed;
        }

        var converted = GradeConverter.Convert(stated, scale);
        if (!converted.Passed)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                $"{unitCode} cannot be recognised with a failing grade ({Describe(converted)}): a failing grade is not carried over.",
                field);
        }

        if (confirmed.Letter is { } letter && converted.Letter != letter)
        {
            var band = scale.BandFor(letter);
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                $"The certificate confirms {Describe(confirmed)} for {unitCode}, in the band {Letters.Display(letter)} ({band.MinPercent}–{band.MaxPercent} %) of the scale '{scale.Name}'; a stated grade stays within that band, and {Describe(converted)} does not.",
                field);
        }

        return converted;
    }

    private static string Describe(ConvertedGrade grade) =>
        grade.Letter is { } letter ? Letters.Display(letter)
        : grade.Passed ? "passed"
        : "failed";
}
