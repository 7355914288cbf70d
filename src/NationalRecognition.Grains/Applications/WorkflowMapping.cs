using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Grains.Events;

namespace NationalRecognition.Grains.Applications;

/// <summary>Between the application's wire records and the domain values the Rules are written in.</summary>
internal static class WorkflowMapping
{
    public static RequestedItemKind KindOf(CurriculumUnit unit) =>
        unit.Kind == CurriculumUnitKind.Module ? RequestedItemKind.Module : RequestedItemKind.Discipline;

    public static DisciplineSyllabus Syllabus(CurriculumUnit unit) =>
        new(unit.Code, unit.Name, KindOf(unit), unit.Credits, unit.Outcomes.Select(o => o.Id));

    public static AcademicPeriod Period(AcademicPeriodInfo period) =>
        new(period.Id, period.Name, period.StartDate, period.EndDate);

    public static Protocol Protocol(ProtocolInfo protocol) => new(
        protocol.Number, protocol.Date, protocol.MembersPresent,
        protocol.Votes is { } votes ? new ProtocolVotes(votes.InFavour, votes.Against, votes.Abstained, votes.ChairVotedInFavour) : null);

    public static GradeScale Scale(RecognitionPolicy policy) => GradeScales.Find(policy.GradeScaleId, "policy.gradeScaleId");

    public static string? Display(Letter? letter) => letter is { } l ? Letters.Display(l) : null;

    public static ApplicationSnapshot Snapshot(ApplicationInfo application) => new(
        application.Id,
        application.Version,
        application.Status,
        application.LearnerIin,
        application.InstitutionBin,
        application.CommissionId,
        application.ProgrammeCode,
        application.Period.Id,
        application.SubmittedAt,
        application.UpdatedAt,
        application.Documents.Where(d => d.IssuerKind is not null).Select(d => d.IssuerKind!.Value).Distinct().ToList(),
        application.Units.Count,
        application.Decision?.Units.Count(u => u.Recognised) ?? 0,
        application.Decision?.Units.Where(u => u.Recognised).Sum(u => u.Credits) ?? 0m);
}
