using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Grading;

/// <summary>
/// Academic hours per credit for each education level. Defaults: higher and postgraduate 30, TVET and
/// post-secondary 24. Institutions may set their own; an instance never changes once made.
/// </summary>
public sealed record CreditHourRatio
{
    public static CreditHourRatio Default { get; } = new();

    public decimal Tvet { get; init; } = 24m;

    public decimal PostSecondary { get; init; } = 24m;

    public decimal Higher { get; init; } = 30m;

    public decimal Postgraduate { get; init; } = 30m;

    public decimal HoursPerCredit(InstitutionKind level)
    {
        var hours = level switch
        {
            InstitutionKind.Tvet => Tvet,
            InstitutionKind.PostSecondary => PostSecondary,
            InstitutionKind.Higher => Higher,
            InstitutionKind.Postgraduate => Postgraduate,
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown education level."),
        };

        return hours > 0
            ? hours
            : throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("creditHourRatio.hoursPerCredit", ("level", level), ("hours", hours)),
                $"CreditHourRatio.{level}");
    }
}
