using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Domain.Certificates;

/// <summary>
/// Checks of a professional-qualification certificate (Law "On professional qualifications", 2023): its
/// register data is complete, and it is recognised only against a module of the same qualification level
/// while it is valid.
/// </summary>
public static class ProfessionalQualificationRules
{
    public const int MinLevel = 1;
    public const int MaxLevel = 8;

    public static void Validate(ProfessionalQualificationCertificate certificate, DateOnly today)
    {
        Guard.Required(certificate.Number, "Number");
        Guard.Required(certificate.ProfessionCode, "ProfessionCode");
        Guard.Required(certificate.ProfessionName, "ProfessionName");
        Guard.Required(certificate.CentreName, "CentreName");
        Guard.Required(certificate.CentreAccreditation, "CentreAccreditation");

        if (string.IsNullOrEmpty(certificate.HolderIin.Value))
        {
            throw new DomainException(DomainErrorCode.Validation, "The holder's IIN is required.", "HolderIin");
        }

        if (certificate.QualificationLevel is < MinLevel or > MaxLevel)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                $"The qualification level must be from {MinLevel} to {MaxLevel}; got {certificate.QualificationLevel}.",
                "QualificationLevel");
        }

        if (certificate.IssueDate > today)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                $"The issue date {certificate.IssueDate:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd}).",
                "IssueDate");
        }

        if (certificate.ValidUntil < certificate.IssueDate)
        {
            throw new DomainException(DomainErrorCode.Validation, "The certificate cannot expire before it was issued.", "ValidUntil");
        }
    }

    /// <summary>
    /// Refuses a level mismatch with the module, or a certificate no longer valid on <paramref name="submittedOn"/>: the
    /// day the application was submitted, not the day of the comparison, so the Commission's pace cannot expire it.
    /// </summary>
    public static void EnsureRecognisableAgainstModule(ProfessionalQualificationCertificate certificate, int moduleQualificationLevel, DateOnly submittedOn)
    {
        if (certificate.QualificationLevel != moduleQualificationLevel)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                $"The certificate confirms qualification level {certificate.QualificationLevel}, but the module requires level {moduleQualificationLevel}.",
                "QualificationLevel");
        }

        EnsureValidOn(certificate, submittedOn);
    }

    /// <summary>Refuses a certificate that had expired by the given day.</summary>
    public static void EnsureValidOn(ProfessionalQualificationCertificate certificate, DateOnly day)
    {
        if (certificate.ValidUntil < day)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                $"The certificate expired on {certificate.ValidUntil:yyyy-MM-dd}, before {day:yyyy-MM-dd}.",
                "ValidUntil");
        }
    }
}
