using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// Clause 13 at submission: before the period starts, addressed to the current chair of an existing Commission,
/// with at least one valid confirming document and at least one discipline or module, nothing twice.
/// </summary>
public static class ApplicationRules
{
    private const string Clause = "13";

    /// <summary>All submission checks; <paramref name="now"/> is the instant of submission.</summary>
    public static void ValidateSubmission(ApplicationSubmission submission, Commission commission, AcademicPeriod period, DateTimeOffset now)
    {
        if (!NameText.Same(submission.AcademicPeriodId, period.Id))
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                $"The application names period '{submission.AcademicPeriodId}' but was checked against '{period.Id}'.",
                "AcademicPeriodId");
        }

        SubmissionDeadline.EnsureOpen(period, now);

        var today = KazakhstanTime.DateOf(now);
        if (!commission.ExistsOn(today))
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                $"The Commission exists only from {commission.EstablishedOn:yyyy-MM-dd}, the date of the order that created it.",
                "Commission",
                "11");
        }

        ValidateContent(submission, commission.CompositionOn(today), today);
    }

    /// <summary>The content checks of clause 13 against the composition in force on the day.</summary>
    public static void ValidateContent(ApplicationSubmission submission, CommissionComposition composition, DateOnly today)
    {
        Guard.Required(submission.ApplicantName, "ApplicantName", Clause);

        if (string.IsNullOrWhiteSpace(submission.AddressedToChair))
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                "The application must be addressed to the chair of the Commission.",
                "AddressedToChair",
                Clause);
        }

        if (!composition.Chair.IsSamePersonAs(submission.AddressedToChair))
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                $"The application is addressed to '{submission.AddressedToChair}', but the chair of the Commission is {composition.Chair.Name}.",
                "AddressedToChair",
                Clause);
        }

        ValidateDocuments(submission, today);
        ValidateRequested(submission.Requested);
    }

    private static void ValidateDocuments(ApplicationSubmission submission, DateOnly today)
    {
        var documents = submission.Documents ?? [];
        if (documents.Count == 0)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                "The application needs at least one document confirming the learning outcomes (a certificate).",
                "Documents",
                Clause);
        }

        for (var i = 0; i < documents.Count; i++)
        {
            switch (documents[i])
            {
                case NonFormalEducationCertificate certificate:
                    CertificateRules.Validate(certificate, today);
                    break;
                case ProfessionalQualificationCertificate qualification:
                    ProfessionalQualificationRules.Validate(qualification, today);
                    if (submission.ApplicantIin is { } applicant && applicant != qualification.HolderIin)
                    {
                        throw new DomainException(
                            DomainErrorCode.Validation,
                            "The professional-qualification certificate belongs to another person (its holder IIN differs from the applicant's).",
                            $"Documents[{i}].HolderIin");
                    }

                    break;
                default:
                    throw new DomainException(DomainErrorCode.Validation, "Unknown kind of confirming document.", $"Documents[{i}]", Clause);
            }
        }

        var duplicate = documents
            .GroupBy(d => (d.Kind, Number: NameText.Normalise(d.Number)))
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                $"The certificate number {duplicate.First().Number} is attached more than once.",
                "Documents",
                Clause);
        }
    }

    private static void ValidateRequested(IReadOnlyList<RequestedRecognition>? requested)
    {
        if (requested is null || requested.Count == 0)
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                "The application must name at least one discipline or module to recognise.",
                "Requested",
                Clause);
        }

        for (var i = 1; i < requested.Count; i++)
        {
            if (requested.Take(i).Any(r => r.IsSameItemAs(requested[i])))
            {
                throw new DomainException(
                    DomainErrorCode.Validation,
                    $"The {requested[i].Kind.ToString().ToLowerInvariant()} {requested[i].Code} is requested more than once.",
                    $"Requested[{i}]",
                    Clause);
            }
        }
    }
}
