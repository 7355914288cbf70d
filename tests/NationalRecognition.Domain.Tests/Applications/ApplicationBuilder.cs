using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Grading;

namespace NationalRecognition.Domain.Tests.Applications;

/// <summary>An application of the aggregate at each stage, built through its own commands.</summary>
internal static class ApplicationBuilder
{
    public const string Chair = "Dana Nurlanovna Ermekova";
    public const string Secretary = "Arman Bekov";
    public const string Member = "Gulnara Tulegenova";

    public static readonly Guid Id = new("7d0e6f43-9a51-4f0e-8f0a-2c1d7e9b1a01");
    public static readonly DateTimeOffset SubmittedAt = new(2025, 8, 20, 5, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly MeetingDay = new(2025, 9, 10);

    public static DisciplineSyllabus MachineLearning { get; } =
        new("CS-301", "Machine Learning", RequestedItemKind.Discipline, 5, ["LO1", "LO2", "LO3", "LO4"]);

    public static AcademicPeriod Autumn { get; } = TestData.AutumnSemester();

    public static AcademicPeriod Spring { get; } = new("2026-spring", "Spring semester 2026", new DateOnly(2026, 1, 19), new DateOnly(2026, 5, 30));

    /// <summary>A Coursera specialisation whose two courses each cover half of the syllabus.</summary>
    public static NonFormalEducationCertificate Specialisation() => TestData.MoocCertificate() with
    {
        Appendix =
        [
            new AppendixEntry("Supervised Learning", Volume.OfHours(90), new PercentGrade(92)) { CourseIdentifier = "https://www.coursera.org/learn/supervised-learning" },
            new AppendixEntry("Unsupervised Learning", Volume.OfHours(60), new PercentGrade(81)) { CourseIdentifier = "coursera.org/learn/unsupervised-learning" },
        ],
    };

    public static NewApplication Request(NonFormalEducationCertificate? certificate = null) => new()
    {
        Id = Id,
        Submission = TestData.Submission() with { Documents = [certificate ?? Specialisation()] },
        ProgrammeCode = "6B06102",
        Units = [new ApplicationUnit(MachineLearning, ["2025-autumn", "2026-spring"])],
        Terms = ApplicationTerms.Higher,
        Commission = TestData.Commission(),
        Period = Autumn,
        RuleVersion = TestData.Amended,
        Now = SubmittedAt,
    };

    public static Application Submitted(NewApplication? request = null) => Application.Submit(request ?? Request()).Next;

    public static Application UnderReview(NewApplication? request = null) => Submitted(request).StartReview().Next;

    public static EntryComparisonRequest Comparing(string entry, params string[] covered) =>
        new("CS-301", 0, entry, ContentMatches: true, ObjectivesMatch: true, covered);

    /// <summary>Both courses compared: together they cover every outcome.</summary>
    public static Application Compared() => UnderReview()
        .RecordComparison(Comparing("Supervised Learning", "LO1", "LO2")).Next
        .RecordComparison(Comparing("Unsupervised Learning", "LO3", "LO4")).Next;

    public static DecisionRequest Deciding(params UnitVerdict[] verdicts) => new()
    {
        Protocol = new Protocol("P-12", MeetingDay, [Chair, Secretary, Member]),
        Verdicts = verdicts,
        Commission = TestData.Commission(),
        Today = MeetingDay,
        RecordedBySubjectId = TestData.ChairSubject,
        RuleVersion = TestData.Amended,
    };

    public static UnitVerdict RecogniseWhole(Grade? stated = null) => new("CS-301", Recognised: true, StatedGrade: stated);
}
