using NationalRecognition.Domain.Errors;
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
            problems.Add(new(DomainErrorCode.Validation, "The certificate number is required.", "Number", Clause));
        }

        if (certificate.IssueDate > today)
        {
            problems.Add(new(
                DomainErrorCode.Validation,
                $"The issue date {certificate.IssueDate:yyyy-MM-dd} is in the future (today is {today:yyyy-MM-dd}).",
                "IssueDate",
                Clause));
        }

        if (string.IsNullOrWhiteSpace(certificate.IssuerName))
        {
            problems.Add(new(DomainErrorCode.Validation, "The issuer's name is required.", "IssuerName", Clause));
        }

        // The exchange's feed identifies the holder by IIN alone; a paper certificate names its holder.
        if (string.IsNullOrWhiteSpace(certificate.HolderName) && certificate.HolderIin is null)
        {
            problems.Add(new(DomainErrorCode.Validation, "The holder's name is required (or, for a certificate verified at its source, the holder's IIN).", "HolderName", Clause));
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
            problems.Add(new(DomainErrorCode.RuleViolation, "The issuer must be one of the four kinds of clause 10.", "IssuerKind", Clause));
            return;
        }

        var kindClause = IssuerKinds.Clause(certificate.IssuerKind);
        if (IssuerKinds.RequiresSubKind(certificate.IssuerKind))
        {
            if (certificate.IssuerSubKind is null)
            {
                problems.Add(new(
                    DomainErrorCode.RuleViolation,
                    $"Clause {kindClause} lists several issuers: say which one issued the certificate.",
                    "IssuerSubKind",
                    kindClause));
            }
            else if (IssuerKinds.KindOf(certificate.IssuerSubKind.Value) != certificate.IssuerKind)
            {
                problems.Add(new(
                    DomainErrorCode.RuleViolation,
                    $"The issuer {certificate.IssuerSubKind} is not among the issuers of clause {kindClause}.",
                    "IssuerSubKind",
                    kindClause));
            }
        }
        else if (certificate.IssuerSubKind is not null)
        {
            problems.Add(new(
                DomainErrorCode.Validation,
                $"Clause {kindClause} names a single issuer; an issuer sub-kind does not apply.",
                "IssuerSubKind",
                kindClause));
        }

        if (certificate.IssuerKind == IssuerKind.MoocPlatform)
        {
            if (certificate.Platform is null || !Enum.IsDefined(certificate.Platform.Value))
            {
                problems.Add(new(
                    DomainErrorCode.RuleViolation,
                    "A MOOC certificate must come from Coursera, edX, FutureLearn or Udacity.",
                    "Platform",
                    "10.4"));
            }
        }
        else if (certificate.Platform is not null)
        {
            problems.Add(new(
                DomainErrorCode.Validation,
                "A platform is given only for MOOC certificates (clause 10.4).",
                "Platform",
                kindClause));
        }

        AddEmployerEvidenceProblems(certificate, problems);

        if (certificate.IssuerKind == IssuerKind.ElectronicLabourExchange && string.IsNullOrWhiteSpace(certificate.InDemandProfession))
        {
            problems.Add(new(
                DomainErrorCode.RuleViolation,
                "A certificate of the electronic labour exchange must name the in-demand profession it was issued for.",
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
            "An employer's training centre issues a certificate of clause 10.2 only with the right to educational activity: give the number of its licence or notification.",
            "The right to educational activity is given only for an employer's training centre (clause 10.2).");
        AddEvidenceProblem(problems, subKind == IssuerSubKind.EmployerWorkplace, certificate.EmployerRequestReference, EmployerRequestField,
            "Training at the employer's workplace counts under clause 10.2 only at the employer's request: give the request's reference.",
            "The employer's request is given only for training at the employer's workplace (clause 10.2).");
    }

    private static void AddEvidenceProblem(List<DomainException> problems, bool required, string? evidence, string field, string missing, string misplaced)
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
                "The certificate has no appendix: it must list the courses or modules studied, each with its volume and grade. It is incomplete and cannot be recognised.",
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
                problems.Add(new(DomainErrorCode.RuleViolation, $"Appendix entry {i + 1} has no course or module name.", $"{field}.Name", Clause));
            }

            if (entry.Volume is null)
            {
                problems.Add(new(
                    DomainErrorCode.RuleViolation,
                    $"Appendix entry {i + 1} ('{entry.Name}') has no volume in credits or hours: the certificate is incomplete.",
                    $"{field}.Volume",
                    Clause));
            }

            if (entry.Grade is null)
            {
                problems.Add(new(
                    DomainErrorCode.RuleViolation,
                    $"Appendix entry {i + 1} ('{entry.Name}') has no grade: the certificate is incomplete.",
                    $"{field}.Grade",
                    Clause));
            }
        }
    }
}
