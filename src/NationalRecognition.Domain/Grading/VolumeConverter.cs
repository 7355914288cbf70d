using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Grading;

/// <summary>Hours ↔ credits at the ratio of an education level. Results are exact; the Commission sets the credits.</summary>
public static class VolumeConverter
{
    public static decimal HoursToCredits(decimal hours, InstitutionKind level, CreditHourRatio ratio)
    {
        RequirePositive(hours, "Hours");
        return hours / ratio.HoursPerCredit(level);
    }

    public static decimal CreditsToHours(decimal credits, InstitutionKind level, CreditHourRatio ratio)
    {
        RequirePositive(credits, "Credits");
        return credits * ratio.HoursPerCredit(level);
    }

    /// <summary>
    /// The volume in credits: stated credits win when the certificate gives both, since credits are what the
    /// discipline is measured in; otherwise hours are converted.
    /// </summary>
    public static decimal ToCredits(Volume volume, InstitutionKind level, CreditHourRatio ratio) =>
        volume.Credits ?? HoursToCredits(volume.Hours!.Value, level, ratio);

    private static void RequirePositive(decimal value, string field)
    {
        if (value <= 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("volumeConverter.fieldPositiveGot", ("field", field), ("value", value)), field);
        }
    }
}
