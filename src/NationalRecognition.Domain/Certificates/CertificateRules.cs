using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Domain.RuleVersions;

namespace NationalRecognition.Domain.Certificates;

/// <summary>
/// Clause 10 over a whole non-formal education certificate: a known issuer kind with a coherent sub-kind, one of
/// the four platforms for a MOOC, a number, an issue date not in the future, and a complete appendix.
/// </summary>
public static class CertificateRules
{
    private const string Clause = "10";

    private const string EmployerClause = "10.2";

    private const string EducationalActivityRightField = "EducationalActivityRight";

    private const string EmployerRequestField = "EmployerRequestReference";

    /// <summary>Throws the first problem found (see <see cref="Problems"/> for all of them).</summary>
    /// <param name="today">Today's date in Kazakhstan (see Calendar.KazakhstanTime).</param>
    public static void Validate(NonFormalEducationCertificate certificate, DateOnly today)
    {
        var problems = Problems(certificate, today);
        if (problems.Count > 0)
        {
            throw problems[0];
        }
    }

    /// <summary>As <see cref="Validate(NonFormalEducationCertificate, DateOnly)"/>, applying only the checks the version declares.</summary>
    public static void Validate(NonFormalEducationCertificate certificate, DateOnly today, RuleVersion version)
    {
        var problems = Problems(certificate, today).Where(p => CheckOf(p) is not { } check || version.Applies(check)).ToList();
        if (problems.Count > 0)
        {
            throw problems[0];
        }
    }

    /// <summary>Every problem of the certificate, so that a form can show them together.</summary>
    public static IReadOnlyList<DomainException> Problems(NonFormalEducationCertificate certificate, DateOnly today)
    {
        var problems = new List<DomainException>();

        if (string.IsNullOrWhiteSpace(certificate.Number))
        {
            problems.Add(new(DomainErrorCode.Validation, Message.Of("certificateRules.certificateNumberRequired"), "Number", Clause));
        }

        if (certificate.IssueDate > today)
        {
            problems.Add(new(
                DomainErrorCode.Validation,
                Message.Of("certificateRules.issueDateIssueDate", ("issueDate", certificate.IssueDate), ("today", today)),
                "IssueDate",
                Clause));
        }

        if (string.IsNullOrWhiteSpace(certificate.IssuerName))
        {
            problems.Add(new(DomainErrorCode.Validation, Message.Of("certificateRules.issuerNameRequired"), "IssuerName", Clause));
        }

        // The exchange's feed identifies the holder by IIN alone; a paper certificate names its holder.
        if (string.IsNullOrWhiteSpace(certificate.HolderName) && certificate.HolderIin is null)
        {
            problems.Add(new(DomainErrorCode.Validation, Message.Of("certificateRules.holderNameRequired"), "HolderName", Clause));
        }

        AddIssuerProblems(certificate, problems);
        AddAppendixProblems(certificate.Appendix, problems);
        return problems;
    }

    /// <summary>The declarable check a problem belongs to, or null for what every version requires.</summary>
    private static string? CheckOf(DomainException problem) =>
        problem.Field is { } field && field.StartsWith("Appendix", StringComparison.Ordinal) ? RuleCheck.AppendixComplete
        : problem.Field == "Platform" && problem.Clause == "10.4" ? RuleCheck.MoocNamedPlatforms
        : problem.Field is EducationalActivityRightField or EmployerRequestField && problem.Clause == EmployerClause ? RuleCheck.EmployerIssuerEvidence
        : null;

    private static void AddIssuerProblems(NonFormalEducationCertificate certificate, List<DomainException> problems)
    {
        if (!Enum.IsDefined(certificate.IssuerKind))
        {
            problems.Add(new(DomainErrorCode.RuleViolation, Message.Of("certificateRules.issuerOneFour"), "IssuerKind", Clause));
            return;
        }

        var kindClause = IssuerKinds.Clause(certificate.IssuerKind);
        if (IssuerKinds.RequiresSubKind(certificate.IssuerKind))
        {
            if (certificate.IssuerSubKind is null)
            {
                problems.Add(new(
                    DomainErrorCode.RuleViolation,
                    Message.Of("certificateRules.clauseKindClauseLists", ("kindClause", kindClause)),
                    "IssuerSubKind",
                    kindClause));
            }
            else if (IssuerKinds.KindOf(certificate.IssuerSubKind.Value) != certificate.IssuerKind)
            {
                problems.Add(new(
                    DomainErrorCode.RuleViolation,
                    Message.Of("certificateRules.issuerIssuerSubKindAmong", ("issuerSubKind", certificate.IssuerSubKind), ("kindClause", kindClause)),
                    "IssuerSubKind",
                    kindClause));
            }
        }
        else if (certificate.IssuerSubKind is not null)
        {
            problems.Add(new(
                DomainErrorCode.Validation,
                Message.Of("certificateRules.clauseKindClauseNames", ("kindClause", kindClause)),
                "IssuerSubKind",
                kindClause));
        }

        if (certificate.IssuerKind == IssuerKind.MoocPlatform)
        {
            if (certificate.Platform is null || !Enum.IsDefined(certificate.Platform.Value))
            {
                problems.Add(new(
                    DomainErrorCode.RuleViolation,
                    Message.Of("certificateRules.mOOCCertificateCome"),
                    "Platform",
                    "10.4"));
            }
        }
        else if (certificate.Platform is not null)
        {
            problems.Add(new(
                DomainErrorCode.Validation,
                Message.Of("certificateRules.platformGivenOnly"),
                "Platform",
                kindClause));
        }

        AddEmployerEvidenceProblems(certificate, problems);

        if (certificate.IssuerKind == IssuerKind.ElectronicLabourExchange && string.IsNullOrWhiteSpace(certificate.InDemandProfession))
        {
            problems.Add(new(
                DomainErrorCode.RuleViolation,
                Message.Of("certificateRules.certificateElectronicLabour"),
                "InDemandProfession",
                "10.3"));
        }
    }

    /// <summary>
    /// Clause 10.2 names an employer's training centre only as one "that holds the right to educational activity", and
    /// the employer's workplace only "at the employer's request": each needs its evidence, and neither applies to another
    /// issuer.
    /// </summary>
    private static void AddEmployerEvidenceProblems(NonFormalEducationCertificate certificate, List<DomainException> problems)
    {
        var subKind = certificate.IssuerKind == IssuerKind.AdditionalEducationOrEmployer ? certificate.IssuerSubKind : null;
        AddEvidenceProblem(problems, subKind == IssuerSubKind.EmployerTrainingCentre, certificate.EducationalActivityRight, EducationalActivityRightField,
            Message.Of("certificateRules.activityRightMissing"),
            Message.Of("certificateRules.activityRightMisplaced"));
        AddEvidenceProblem(problems, subKind == IssuerSubKind.EmployerWorkplace, certificate.EmployerRequestReference, EmployerRequestField,
            Message.Of("certificateRules.employerRequestMissing"),
            Message.Of("certificateRules.employerRequestMisplaced"));
    }

    private static void AddEvidenceProblem(List<DomainException> problems, bool required, string? evidence, string field, Message missing, Message misplaced)
    {
        if (required && string.IsNullOrWhiteSpace(evidence))
        {
            problems.Add(new(DomainErrorCode.RuleViolation, missing, field, EmployerClause));
        }
        else if (!required && evidence is not null)
        {
            problems.Add(new(DomainErrorCode.Validation, misplaced, field, EmployerClause));
        }
    }

    private static void AddAppendixProblems(IReadOnlyList<AppendixEntry>? appendix, List<DomainException> problems)
    {
        if (appendix is null || appendix.Count == 0)
        {
            problems.Add(new(
                DomainErrorCode.RuleViolation,
                Message.Of("certificateRules.certificateAppendixList"),
                "Appendix",
                Clause));
            return;
        }

        for (var i = 0; i < appendix.Count; i++)
        {
            var entry = appendix[i];
            var field = $"Appendix[{i}]";
            if (string.IsNullOrWhiteSpace(entry.Name))
            {
                problems.Add(new(DomainErrorCode.RuleViolation, Message.Of("certificateRules.appendixEntryValue", ("entry", i + 1)), $"{field}.Name", Clause));
            }

            if (entry.Volume is null)
            {
                problems.Add(new(
                    DomainErrorCode.RuleViolation,
                    Message.Of("certificateRules.appendixEntryValue2", ("entry", i + 1), ("name", entry.Name)),
                    $"{field}.Volume",
                    Clause));
            }

            if (entry.Grade is null)
            {
                problems.Add(new(
                    DomainErrorCode.RuleViolation,
                    Message.Of("certificateRules.appendixEntryValue3", ("entry", i + 1), ("name", entry.Name)),
                    $"{field}.Grade",
                    Clause));
            }
        }
    }
}
