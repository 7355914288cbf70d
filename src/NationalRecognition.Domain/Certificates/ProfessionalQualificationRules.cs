using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

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
            throw new DomainException(DomainErrorCode.Validation, Message.Of("professionalQualificationRules.holderIINRequired"), "HolderIin");
        }

        if (certificate.QualificationLevel is < MinLevel or > MaxLevel)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("professionalQualificationRules.qualificationLevelFrom", ("minLevel", MinLevel), ("maxLevel", MaxLevel), ("qualificationLevel", certificate.QualificationLevel)),
                "QualificationLevel");
        }

        if (certificate.IssueDate > today)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("professionalQualificationRules.issueDateIssueDate", ("issueDate", certificate.IssueDate), ("today", today)),
                "IssueDate");
        }

        if (certificate.ValidUntil < certificate.IssueDate)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("professionalQualificationRules.certificateCannotExpire"), "ValidUntil");
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
                Message.Of("professionalQualificationRules.certificateConfirmsQualification", ("qualificationLevel", certificate.QualificationLevel), ("moduleQualificationLevel", moduleQualificationLevel)),
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
                Message.Of("professionalQualificationRules.certificateExpiredValidUntil", ("validUntil", certificate.ValidUntil), ("day", day)),
                "ValidUntil");
        }
    }
}
