using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Grains.Certificates;

/// <summary>Turns a certificate as it crosses the wire into the domain's confirming document, validating as it goes.</summary>
internal static class CertificateMapping
{
    /// <param name="namedPlatformsOnly">
    /// Whether a MOOC platform must be one clause 10.4 names (the version of the Rules declares it); otherwise an
    /// unnamed platform maps to none and the certificate is judged without the list.
    /// </param>
    public static ConfirmingDocument ToDomain(CertificateInfo info, string field, bool namedPlatformsOnly = true)
    {
        return info.DocumentKind switch
        {
            DocumentKind.ProfessionalQualificationCertificate => ToQualification(info, field),
            _ => ToNonFormal(info, field, namedPlatformsOnly),
        };
    }

    /// <summary>The distinct clause-10.4 platforms of the documents (for the statistics), in a stable order.</summary>
    public static List<MoocPlatform> PlatformsOf(IEnumerable<CertificateInfo> documents) =>
        documents.Where(d => d.IssuerKind == IssuerKind.MoocPlatform)
            .Select(d => MoocPlatforms.TryRecognise(d.Platform, out var platform) ? platform : (MoocPlatform?)null)
            .OfType<MoocPlatform>()
            .Distinct()
            .Order()
            .ToList();

    /// <summary>The distinct in-demand professions of the labour exchange's certificates (clause 10.3), trimmed, in a stable order.</summary>
    public static List<string> ProfessionsOf(IEnumerable<CertificateInfo> documents) =>
        documents.Where(d => d.IssuerKind == IssuerKind.ElectronicLabourExchange && !string.IsNullOrWhiteSpace(d.InDemandProfession))
            .Select(d => d.InDemandProfession!.Trim())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Validates the certificate by the Rules (clause 10, or the qualification's own rules).</summary>
    public static ConfirmingDocument Validate(CertificateInfo info, DateOnly today, string field)
    {
        var document = ToDomain(info, field);
        switch (document)
        {
            case NonFormalEducationCertificate certificate:
                CertificateRules.Validate(certificate, today);
                break;
            case ProfessionalQualificationCertificate qualification:
                ProfessionalQualificationRules.Validate(qualification, today);
                break;
        }

        return document;
    }

    public static Grade? ToGrade(GradeInfo? grade, string field) => grade switch
    {
        null => null,
        { Kind: GradeKind.Percent, Value: { } percent } => new PercentGrade(percent, field),
        { Kind: GradeKind.Letter, Letter: { } letter } => new LetterGrade(Letters.Parse(letter, field)),
        { Kind: GradeKind.Points, Value: { } value, ScaleMax: { } max } => new PointsGrade(value, max, field),
        { Kind: GradeKind.PassFail, Passed: { } passed } => new PassFailGrade(passed),
        _ => throw new DomainException(DomainErrorCode.Validation,
            Message.Of("certificateMapping.kindGradeNeeds", ("kind", grade.Kind), ("needs", GradeNeeds(grade.Kind))), field, "10"),
    };

    private static string GradeNeeds(GradeKind kind) => kind switch
    {
        GradeKind.Percent => "value 0–100",
        GradeKind.Letter => "letter",
        GradeKind.Points => "value and scaleMax",
        _ => "passed",
    };

    private static NonFormalEducationCertificate ToNonFormal(CertificateInfo info, string field, bool namedPlatformsOnly)
    {
        if (info.IssuerKind is not { } issuerKind)
        {
            throw new DomainException(DomainErrorCode.Validation,
                Message.Of("certificateMapping.certificateNonFormal"), $"{field}.issuerKind", "10");
        }

        return new NonFormalEducationCertificate
        {
            Number = info.Number,
            IssueDate = info.IssueDate,
            IssuerKind = issuerKind,
            IssuerSubKind = info.IssuerSubKind,
            IssuerName = info.IssuerName,
            Platform = issuerKind != IssuerKind.MoocPlatform && info.Platform is null ? null
                : namedPlatformsOnly ? MoocPlatforms.Recognise(info.Platform)
                : MoocPlatforms.TryRecognise(info.Platform, out var named) ? named
                : null,
            InDemandProfession = info.InDemandProfession,
            EducationalActivityRight = info.EducationalActivityRight,
            EmployerRequestReference = info.EmployerRequestReference,
            HolderName = info.HolderName,
            HolderIin = info.HolderIin is null ? null : Iin.Parse(info.HolderIin),
            VerificationUrl = info.VerificationUrl,
            Appendix = info.Appendix.Select((entry, i) => new AppendixEntry(
                entry.Name,
                entry.Credits is null && entry.Hours is null ? null : new Volume(entry.Credits, entry.Hours),
                ToGrade(entry.Grade, $"{field}.appendix[{i}].grade"))
            {
                CourseIdentifier = string.IsNullOrWhiteSpace(entry.CourseIdentifier) ? null : entry.CourseIdentifier.Trim(),
            }).ToList(),
        };
    }

    private static ProfessionalQualificationCertificate ToQualification(CertificateInfo info, string field)
    {
        var qualification = info.ProfessionalQualification
            ?? throw new DomainException(DomainErrorCode.Validation,
                Message.Of("certificateMapping.certificateProfessionalQualification"), $"{field}.professionalQualification");
        var holder = info.HolderIin
            ?? throw new DomainException(DomainErrorCode.Validation,
                Message.Of("certificateMapping.certificateProfessionalQualification2"), $"{field}.holderIin");
        return new ProfessionalQualificationCertificate
        {
            Number = info.Number,
            IssueDate = info.IssueDate,
            HolderIin = Iin.Parse(holder),
            ProfessionCode = qualification.ProfessionCode,
            ProfessionName = qualification.ProfessionName,
            QualificationLevel = qualification.QualificationLevel,
            CentreName = qualification.CentreName,
            CentreAccreditation = qualification.AccreditationNumber,
            ValidUntil = qualification.ValidUntil,
        };
    }
}
