using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Applications.Events;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.RuleVersions;
using NationalRecognition.Grains.Certificates;

namespace NationalRecognition.Grains.Applications;

/// <summary>Between the application as its grain stores it and the domain's <see cref="Application"/> aggregate.</summary>
internal static class AggregateMapping
{
    /// <summary>
    /// A unit of the programme with every period it is taught in (a unit stored with one period: that one). A unit the
    /// catalogue ties to no period (programmes stored before units had periods) is taken to be taught in the period the
    /// learner names, whose start is then its deadline, as before.
    /// </summary>
    public static ApplicationUnit Unit(CurriculumUnit unit, string namedPeriodId) =>
        new(WorkflowMapping.Syllabus(unit), unit.Periods is { Count: > 0 } periods ? periods : [namedPeriodId], unit.QualificationLevel);

    public static ApplicationTerms Terms(InstitutionKind level, RecognitionPolicy policy) =>
        new(level, RecognitionSettings.Ratio(policy.HoursPerCredit), WorkflowMapping.Scale(policy));

    /// <summary>The stored application as the aggregate, to judge the next command.</summary>
    public static Application Restore(ApplicationInfo application, ApplicationState state) => Application.Restore(new StoredApplication
    {
        Id = application.Id,
        Status = application.Status,
        ApplicantName = application.LearnerName,
        ProgrammeCode = application.ProgrammeCode,
        PeriodId = application.Period.Id,
        Units = application.Units.Select(u => Unit(u, application.Period.Id)).ToArray(),
        Documents = application.Documents.Select(d => CertificateMapping.ToDomain(d, "document", namedPlatformsOnly: false)).ToArray(),
        Terms = Terms(state.ProgrammeLevel, state.Policy),
        RuleVersionId = application.RuleVersionId,
        SubmittedAt = application.SubmittedAt,
        AddressedTo = application.AddressedTo,
        Comparisons = application.Comparisons.Select(c => Request(c.Input)).ToArray(),
        WithdrawalReason = application.WithdrawalReason,
    });

    public static EntryComparisonRequest Request(ComparisonAssessment input) =>
        new(input.UnitCode, input.DocumentIndex, input.AppendixEntryName, input.ContentMatches, input.ObjectivesMatch, input.CoveredOutcomeIds.ToArray());

    /// <summary>
    /// The application's comparisons with one more: it replaces an earlier comparison of the same entry (a qualification
    /// is one entry whatever name was typed); other entries compared with the unit stay, as in the aggregate.
    /// </summary>
    public static List<ComparisonRecord> WithComparison(
        ApplicationInfo application, ComparisonAssessment input, EntryCompared compared, DateTimeOffset at)
    {
        var recorded = compared.Comparison;
        var result = recorded.Result;
        var recommendation = compared.Recommendation;
        var record = new ComparisonRecord(
            input,
            result.Coverage.Fraction,
            result.Coverage.IsComplete,
            result.Volume.CertificateCredits,
            result.Volume.DisciplineCredits,
            result.Volume.Verdict,
            WorkflowMapping.Display(result.Grade.Letter),
            result.Grade.GpaPoints,
            $"{recommendation.Kind}: {string.Join("; ", recommendation.Reasons)}",
            at);
        var isQualification = application.Documents[recorded.DocumentIndex].DocumentKind == DocumentKind.ProfessionalQualificationCertificate;
        return application.Comparisons
            .Where(c => !(isQualification
                ? recorded.IsForUnit(c.Input.UnitCode) && c.Input.DocumentIndex == recorded.DocumentIndex
                : recorded.IsFor(c.Input.UnitCode, c.Input.DocumentIndex, c.Input.AppendixEntryName)))
            .Append(record)
            .ToList();
    }

    public static DecisionRecord Decision(ApplicationDecision decision, ProtocolInfo protocol, DateTimeOffset at) => new(
        decision.Outcome,
        protocol,
        decision.Decisions.Select(d => d switch
        {
            RecognisedDiscipline r => new UnitDecisionRecord(r.Item.Code, true, r.Credits, r.Extent == RecognitionExtent.Part,
                WorkflowMapping.Display(r.Grade.Letter), r.Grade.GpaPoints, null),
            RefusedDiscipline f => new UnitDecisionRecord(f.Item.Code, false, 0m, false, null, null, f.Reason),
            _ => throw new InvalidOperationException($"Unknown decision {d.GetType().Name}."),
        }).ToList(),
        at);

    /// <summary>The decision as the protocol records it, with what it is judged by.</summary>
    public static DecisionRequest Request(DecideApplication command, Commission commission, DateOnly today, string? recordedBy, RuleVersion ruleVersion) => new()
    {
        Protocol = WorkflowMapping.Protocol(command.Protocol),
        Verdicts = Verdicts(command),
        Commission = commission,
        Today = today,
        RecordedBySubjectId = recordedBy,
        RuleVersion = ruleVersion,
    };

    public static List<UnitVerdict> Verdicts(DecideApplication command) =>
        command.Decisions.Select((d, i) => new UnitVerdict(
            d.UnitCode, d.Recognised, d.Credits, d.Partial, CertificateMapping.ToGrade(d.Grade, $"decisions[{i}].grade"), d.Reason)).ToList();
}
