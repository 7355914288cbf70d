using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Calendar;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Grading;
using NationalRecognition.Domain.Identity;

namespace NationalRecognition.Domain.Tests;

/// <summary>Valid building blocks; each test changes only what its rule is about.</summary>
internal static class TestData
{
    public static readonly DateOnly Today = new(2025, 8, 20);

    public static readonly Iin LearnerIin = Iin.Parse("050315601237");

    public static AppendixEntry Entry(string name = "Machine Learning") =>
        new(name, Volume.OfHours(60), new PercentGrade(92));

    public static NonFormalEducationCertificate MoocCertificate(MoocPlatform platform = MoocPlatform.Coursera) => new()
    {
        Number = "CRS-7731",
        IssueDate = new DateOnly(2025, 5, 10),
        IssuerKind = IssuerKind.MoocPlatform,
        IssuerName = "Coursera",
        Platform = platform,
        HolderName = "Aigerim Sadykova",
        Appendix = [Entry()],
    };

    public static NonFormalEducationCertificate CollegeCertificate() => new()
    {
        Number = "KC-2025-118",
        IssueDate = new DateOnly(2025, 6, 1),
        IssuerKind = IssuerKind.EducationOrganisation,
        IssuerSubKind = IssuerSubKind.TvetOrganisation,
        IssuerName = "Karaganda Polytechnic College",
        HolderName = "Aigerim Sadykova",
        Appendix = [Entry("Welding basics")],
    };

    public static ProfessionalQualificationCertificate QualificationCertificate(int level = 4) => new()
    {
        Number = "PQ-000451",
        IssueDate = new DateOnly(2025, 4, 2),
        HolderIin = LearnerIin,
        ProfessionCode = "7212-1-003",
        ProfessionName = "Welder",
        QualificationLevel = level,
        CentreName = "Centre for Recognition of Qualifications, Karaganda",
        CentreAccreditation = "ACC-2024-017",
        ValidUntil = new DateOnly(2030, 4, 1),
    };

    public const string ChairSubject = "sub-ermekova";

    public const string SecretarySubject = "sub-bekov";

    public const string MemberSubject = "sub-tulegenova";

    public static CommissionOrder Order(string number = "45-P", int year = 2025, int month = 2, int day = 3) =>
        new(number, new DateOnly(year, month, day), "Serik Akhmetov", SignatoryCapacity.FirstHead);

    public static CommissionMember[] Members() =>
    [
        new("Dana Nurlanovna Ermekova", "Vice-rector for academic affairs", CommissionRole.Chair, ChairSubject),
        new("Arman Bekov", "Head of the registrar's office", CommissionRole.Secretary, SecretarySubject),
        new("Gulnara Tulegenova", "Associate professor", CommissionRole.Member, MemberSubject),
        new("Yerlan Zhaksylykov", "Senior lecturer", CommissionRole.Member),
    ];

    public static Commission Commission() => Domain.Commissions.Commission.Establish(Order(), Members());

    public static AcademicPeriod AutumnSemester() => new("2025-autumn", "Autumn semester 2025", new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 20));

    public static RequestedRecognition Discipline(string code = "CS-301", string name = "Machine Learning") =>
        new(code, name, RequestedItemKind.Discipline);

    public static ApplicationSubmission Submission() => new()
    {
        ApplicantName = "Aigerim Sadykova",
        ApplicantIin = LearnerIin,
        AcademicPeriodId = "2025-autumn",
        Documents = [MoocCertificate()],
        Requested = [Discipline()],
    };

    /// <summary>The versions of the Rules as shipped.</summary>
    public static Domain.RuleVersions.RuleVersionCatalogue Versions { get; } = Domain.RuleVersions.RuleVersionCatalogue.LoadDefault();

    /// <summary>The 2025 amendment, in force on <see cref="Today"/>.</summary>
    public static Domain.RuleVersions.RuleVersion Amended => Versions.InForceOn(Today);

    public static ConvertedGrade GradeA() => GradeConverter.Convert(new LetterGrade(Letter.A), GradeScale.Default);
}
