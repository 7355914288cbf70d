using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Domain.RuleVersions;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// Clause 13 at submission: before the period starts (the one the learner names and the one each requested item is
/// taught in), to an existing Commission, with at least one valid confirming document and at least one discipline or
/// module, nothing twice. Only the checks the version of the Rules in force declares are applied.
/// </summary>
public static class ApplicationRules
{
    private const string Clause = "13";

    /// <summary>All submission checks; <paramref name="now"/> is the instant of submission.</summary>
    /// <param name="taughtIn">The academic period each requested item is taught in, by item code (items without one are absent).</param>
    public static void ValidateSubmission(
        ApplicationSubmission submission,
        Commission commission,
        AcademicPeriod period,
        DateTimeOffset now,
        RuleVersion version,
        IReadOnlyDictionary<string, AcademicPeriod>? taughtIn = null)
    {
        if (!NameText.Same(submission.AcademicPeriodId, period.Id))
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("applicationRules.applicationNamesPeriod", ("academicPeriodId", submission.AcademicPeriodId), ("id", period.Id)),
                "AcademicPeriodId");
        }

        if (version.Applies(RuleCheck.BeforePeriodStart))
        {
            SubmissionDeadline.EnsureOpen(period, now);
            foreach (var (code, unitPeriod) in taughtIn ?? new Dictionary<string, AcademicPeriod>())
            {
                SubmissionDeadline.EnsureBeforeTaught(code, unitPeriod, now);
            }
        }

        var today = KazakhstanTime.DateOf(now);
        if (version.Applies(RuleCheck.CommissionEstablished) && !commission.ExistsOn(today))
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("applicationRules.commissionExistsOnly", ("establishedOn", commission.EstablishedOn)),
                "Commission",
                "11");
        }

        ValidateContent(submission, today, version);
    }

    /// <summary>
    /// Clause 13.1: the application is addressed to the chair of the Commission. The learner addresses the Commission;
    /// the platform records the chair in office on the submission day, so no typed name can be wrong.
    /// </summary>
    public static CommissionMember Addressee(Commission commission, DateOnly submittedOn) => commission.CompositionOn(submittedOn).Chair;

    /// <summary>
    /// The addressee as the version declares it: the chair in office where the version applies clause 13.1
    /// (<see cref="RuleCheck.AddressedToChair"/>); otherwise null, the application going to the Commission as a body.
    /// </summary>
    public static CommissionMember? Addressee(Commission commission, DateOnly submittedOn, RuleVersion version) =>
        version.Applies(RuleCheck.AddressedToChair) ? Addressee(commission, submittedOn) : null;

    /// <summary>The content checks of clause 13 on the day, as the version declares them.</summary>
    public static void ValidateContent(ApplicationSubmission submission, DateOnly today, RuleVersion version)
    {
        Guard.Required(submission.ApplicantName, "ApplicantName", Clause);
        ValidateDocuments(submission, today, version);
        ValidateRequested(submission.Requested);
    }

    private static void ValidateDocuments(ApplicationSubmission submission, DateOnly today, RuleVersion version)
    {
        var documents = submission.Documents ?? [];
        if (documents.Count == 0 && version.Applies(RuleCheck.ConfirmingDocument))
        {
            throw new DomainException(
                DomainErrorCode.RuleViolation,
                Message.Of("applicationRules.applicationNeedsLeast"),
                "Documents",
                Clause);
        }

        for (var i = 0; i < documents.Count; i++)
        {
            switch (documents[i])
            {
                case NonFormalEducationCertificate certificate:
                    CertificateRules.Validate(certificate, today, version);
                    break;
                case ProfessionalQualificationCertificate qualification:
                    ProfessionalQualificationRules.Validate(qualification, today);
                    ProfessionalQualificationRules.EnsureValidOn(qualification, today);
                    if (submission.ApplicantIin is { } applicant && applicant != qualification.HolderIin)
                    {
                        throw new DomainException(
                            DomainErrorCode.Validation,
                            Message.Of("applicationRules.professionalQualificationCertificate"),
                            $"Documents[{i}].HolderIin",
                            Clause);
                    }

                    break;
                default:
                    throw new DomainException(DomainErrorCode.Validation, Message.Of("applicationRules.unknownKindConfirming"), $"Documents[{i}]", Clause);
            }
        }

        var duplicate = documents
            .GroupBy(d => (d.Kind, Number: NameText.Normalise(d.Number)))
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("applicationRules.certificateNumberValue", ("number", duplicate.First().Number)),
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
                Message.Of("applicationRules.applicationNameLeast"),
                "Requested",
                Clause);
        }

        for (var i = 1; i < requested.Count; i++)
        {
            if (requested.Take(i).Any(r => r.IsSameItemAs(requested[i])))
            {
                throw new DomainException(
                    DomainErrorCode.Validation,
                    Message.Of("applicationRules.valueCodeRequested", ("kind", requested[i].Kind.ToString().ToLowerInvariant()), ("code", requested[i].Code)),
                    $"Requested[{i}]",
                    Clause);
            }
        }
    }
}
