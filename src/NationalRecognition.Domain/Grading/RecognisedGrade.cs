using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

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
                Message.Of("recognisedGrade.unitCodeCannotRecognised", ("unitCode", unitCode), ("grade", Describe(confirmed))),
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
                Message.Of("recognisedGrade.unitCodeCannotRecognised2", ("unitCode", unitCode), ("grade", Describe(converted))),
                field);
        }

        if (confirmed.Letter is { } letter && converted.Letter != letter)
        {
            var band = scale.BandFor(letter);
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("recognisedGrade.certificateConfirmsValue", ("grade", Describe(confirmed)), ("unitCode", unitCode), ("letter", Letters.Display(letter)), ("minPercent", band.MinPercent), ("maxPercent", band.MaxPercent), ("name", scale.Name), ("stated", Describe(converted))),
                field);
        }

        return converted;
    }

    private static string Describe(ConvertedGrade grade) =>
        grade.Letter is { } letter ? Letters.Display(letter)
        : grade.Passed ? "passed"
        : "failed";
}
