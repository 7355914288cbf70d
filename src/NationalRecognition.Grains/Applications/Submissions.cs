using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Domain.RuleVersions;
using NationalRecognition.Grains.Certificates;
using NationalRecognition.Grains.Commissions;
using NationalRecognition.Grains.Recognitions;

namespace NationalRecognition.Grains.Applications;

/// <summary>What a submission is judged by, gathered from the institution, its Commission and the documents.</summary>
internal static class Submissions
{
    /// <summary>The submission with the programme's units, the institution's terms, the Commission, the named period and the version in force.</summary>
    public static NewApplication Of(
        Guid id, SubmitApplication command, SubmissionContext context, CommissionInfo commission, List<CertificateInfo> documents,
        Iin iin, RuleVersion ruleVersion, DateTimeOffset now)
    {
        var namedPlatformsOnly = ruleVersion.Applies(RuleCheck.MoocNamedPlatforms);
        var units = context.RequestedUnits.Select(u => AggregateMapping.Unit(u, context.Period.Id)).ToArray();
        return new NewApplication
        {
            Id = id,
            Submission = new ApplicationSubmission
            {
                ApplicantName = command.LearnerName,
                ApplicantIin = iin,
                AcademicPeriodId = command.AcademicPeriodId,
                Documents = documents.Select((d, i) => CertificateMapping.ToDomain(d, $"documents[{i}]", namedPlatformsOnly)).ToList(),
                Requested = units.Select(u => u.Item).ToList(),
                Text = command.Statement,
            },
            ProgrammeCode = command.ProgrammeCode,
            Units = units,
            Terms = AggregateMapping.Terms(context.Programme.Level, context.Policy),
            Commission = CommissionMapping.ToDomain(commission),
            Period = WorkflowMapping.Period(context.Period),
            RuleVersion = ruleVersion,
            Now = now,
        };
    }

    /// <summary>The learner's earlier applications at the institution, from their ledger (the course-and-unit rule).</summary>
    public static async Task<IReadOnlyList<EarlierApplication>> EarlierAsync(IGrainFactory grains, SubmitApplication command, Guid applicationId)
    {
        var ledger = grains.GetGrain<ILearnerRecognitionsGrain>(LearnerRecognitionKeys.For(command.InstitutionBin, command.LearnerIin));
        var pending = await LedgerDuringUpgrade.OrAsync(ledger.GetPending, []);
        return LearnerApplications.Earlier(pending, await ledger.GetHeld(), applicationId);
    }

    /// <summary>Every course of the accepted application's documents, each for every requested unit, as the ledger holds them.</summary>
    public static IReadOnlyList<CourseForUnitInfo> PutForward(Application submitted) =>
        CourseAndUnitRule.PutForward(submitted.Documents, submitted.Units).Select(c => new CourseForUnitInfo(c.Course, c.UnitCode)).ToList();

    /// <summary>The application as accepted at the door, its first version to be committed.</summary>
    public static ApplicationInfo Info(
        Application submitted, SubmitApplication command, SubmissionContext context, string commissionId, List<CertificateInfo> documents,
        List<DocumentProvenance> provenance, DateTimeOffset now) => new(
        submitted.Id, 0, submitted.Status, command.LearnerIin, submitted.ApplicantName, command.InstitutionBin, commissionId,
        submitted.AddressedTo, command.ProgrammeCode, context.Period, context.RequestedUnits, documents, submitted.RuleVersionId,
        now, [], null, null, command.Statement, now, provenance);

    /// <summary>The institution's active Commission; none is a refusal citing clause 11.</summary>
    public static async Task<CommissionInfo> EstablishedCommission(IGrainFactory grains, SubmissionContext context)
    {
        var commission = context.ActiveCommissionId is null ? null : await grains.GetGrain<ICommissionGrain>(context.ActiveCommissionId).Get();
        return commission ?? throw new DomainException(DomainErrorCode.RuleViolation,
            Message.Of("submissions.institutionInstitutionBinCommission", ("institutionBin", context.InstitutionBin)),
            "institutionBin", "11");
    }
}
