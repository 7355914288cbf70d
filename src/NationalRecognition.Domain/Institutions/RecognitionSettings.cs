using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Institutions;

/// <summary>
/// The settings each institution chooses for itself (no national grade formula, credit cap or credit-hour ratio exists):
/// checked when set, so that a setting that cannot take effect is refused rather than stored.
/// </summary>
public static class RecognitionSettings
{
    /// <summary>More academic hours per credit than this is not a credit of any Kazakh level (30 in higher education, 24 in TVET).</summary>
    public const decimal MaxHoursPerCredit = 60m;

    public static void Validate(string? gradeScaleId, decimal? maxCreditsPerProgramme, decimal? hoursPerCredit)
    {
        _ = GradeScales.Find(gradeScaleId, "policy.gradeScaleId");
        if (maxCreditsPerProgramme is < 0)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("recognitionSettings.creditCapCannot", ("maxCreditsPerProgramme", maxCreditsPerProgramme)),
                "policy.maxRecognisedCredits");
        }

        if (hoursPerCredit is { } hours && (hours <= 0 || hours > MaxHoursPerCredit))
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("recognitionSettings.hoursPerCredit", ("maxHoursPerCredit", MaxHoursPerCredit), ("hours", hours)),
                "policy.hoursPerCredit");
        }
    }

    /// <summary>The ratio of the institution: its own hours per credit for every level, or the national defaults.</summary>
    public static CreditHourRatio Ratio(decimal? hoursPerCredit) => hoursPerCredit is { } hours
        ? new CreditHourRatio { Tvet = hours, PostSecondary = hours, Higher = hours, Postgraduate = hours }
        : CreditHourRatio.Default;
}
