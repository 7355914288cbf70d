using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// Three institutions of different kinds and regions. Commission orders carry fixed past dates, so that
/// establishing again is recognised as the same order rather than a second one.
/// </summary>
internal static class DemoInstitutions
{
    // Unit codes the demo applications request.
    public const string SoftwareModulesUnit = "PM-03";
    public const string SoftwareTestingUnit = "PM-05";
    public const string MachineLearningUnit = "ML-3301";
    public const string DatabasesUnit = "DB-2201";
    public const string SoftwareEngineeringUnit = "SE-2205";
    public const string StatisticalLearningUnit = "DS-5101";
    public const string BigDataUnit = "DS-5102";
    public const string ResearchMethodsUnit = "DS-5103";

    public static DemoInstitution College { get; } = new(
        DemoData.CollegeBin,
        new RegisterInstitution(
            new InstitutionNames(
                "Шымкент жоғары ақпараттық технологиялар колледжі",
                "Шымкентский высший колледж информационных технологий",
                "Shymkent Higher College of Information Technology"),
            [InstitutionKind.Tvet],
            Region.ShymkentCity),
        new Programme(DemoData.CollegeProgrammeCode, "Software (by type)", InstitutionKind.Tvet,
        [
            new CurriculumUnit(SoftwareModulesUnit, "Developing software modules", CurriculumUnitKind.Module, 6m,
                ["Develop software modules to the professional standard of a software developer"],
                [new LearningOutcome("PM3-1", "Designs and codes program modules"), new LearningOutcome("PM3-2", "Debugs and documents program modules")],
                QualificationLevel: 4),
            new CurriculumUnit(SoftwareTestingUnit, "Testing software", CurriculumUnitKind.Module, 4m,
                ["Test software products and report defects"],
                [new LearningOutcome("PM5-1", "Plans and writes test cases"), new LearningOutcome("PM5-2", "Runs tests and reports defects")],
                QualificationLevel: 4),
            new CurriculumUnit("PM-07", "Administering databases", CurriculumUnitKind.Module, 5m,
                ["Install, configure and maintain database servers"],
                [new LearningOutcome("PM7-1", "Installs and configures a DBMS"), new LearningOutcome("PM7-2", "Backs up and restores databases")],
                QualificationLevel: 5),
        ]),
        Constitution(DemoData.CollegeBin, "45-П", new DateOnly(2025, 8, 25), "Bakhyt Tokhtarov",
            ("Gulnara Abdrakhmanova", "Deputy director for academic affairs"),
            ("Zhanna Omarova", "Head of the registrar's office"),
            ("Askar Seitkali", "Head of the software department")));

    public static DemoInstitution University { get; } = new(
        DemoData.UniversityBin,
        new RegisterInstitution(
            new InstitutionNames(
                "Астана цифрлық технологиялар университеті",
                "Астанинский университет цифровых технологий",
                "Astana University of Digital Technologies"),
            [InstitutionKind.Higher],
            Region.AstanaCity),
        new Programme(DemoData.UniversityProgrammeCode, "Information systems", InstitutionKind.Higher,
        [
            new CurriculumUnit(MachineLearningUnit, "Machine learning", CurriculumUnitKind.Discipline, 5m,
                ["Build and evaluate supervised models"],
                [new LearningOutcome("ML1", "Explains bias and variance"), new LearningOutcome("ML2", "Trains classifiers"), new LearningOutcome("ML3", "Evaluates models")]),
            new CurriculumUnit(DatabasesUnit, "Databases", CurriculumUnitKind.Discipline, 5m,
                ["Design and query relational databases"],
                [new LearningOutcome("DB1", "Normalises schemas"), new LearningOutcome("DB2", "Writes SQL queries")]),
            new CurriculumUnit(SoftwareEngineeringUnit, "Software engineering", CurriculumUnitKind.Discipline, 5m,
                ["Run a software project through its life cycle"],
                [new LearningOutcome("SE1", "Writes requirements"), new LearningOutcome("SE2", "Plans and tracks a project")]),
        ]),
        Constitution(DemoData.UniversityBin, "112-НҚ", new DateOnly(2025, 8, 20), "Yerzhan Mukhamedov",
            ("Nurlan Abenov", "Vice-rector for academic affairs"),
            ("Dana Seitova", "Registrar"),
            ("Marat Zhaksybekov", "Professor of computer science")));

    public static DemoInstitution Postgraduate { get; } = new(
        DemoData.PostgraduateBin,
        new RegisterInstitution(
            new InstitutionNames(
                "Алматы жоғары оқу орнынан кейінгі білім беру институты",
                "Алматинский институт послевузовского образования",
                "Almaty Institute of Postgraduate Education"),
            [InstitutionKind.Postgraduate],
            Region.AlmatyCity),
        new Programme(DemoData.PostgraduateProgrammeCode, "Data science", InstitutionKind.Postgraduate,
        [
            new CurriculumUnit(StatisticalLearningUnit, "Statistical learning", CurriculumUnitKind.Discipline, 6m,
                ["Apply statistical learning methods to real data"],
                [new LearningOutcome("SL1", "Fits regression models"), new LearningOutcome("SL2", "Applies resampling methods"), new LearningOutcome("SL3", "Selects and regularises models")]),
            new CurriculumUnit(BigDataUnit, "Big data processing", CurriculumUnitKind.Discipline, 5m,
                ["Process large data sets on a cluster"],
                [new LearningOutcome("BD1", "Writes distributed data pipelines"), new LearningOutcome("BD2", "Designs distributed storage")]),
            new CurriculumUnit(ResearchMethodsUnit, "Research methods", CurriculumUnitKind.Discipline, 4m,
                ["Design and report a research study"],
                [new LearningOutcome("RM1", "Designs a study"), new LearningOutcome("RM2", "Writes a research paper")]),
        ]),
        Constitution(DemoData.PostgraduateBin, "17-НҚ", new DateOnly(2025, 9, 1), "Aliya Karimova",
            ("Saltanat Zhumabayeva", "Vice-rector for research"),
            ("Ainur Bekmukhambetova", "Head of the master's office"),
            ("Kairat Ospanov", "Professor of applied mathematics")));

    public static IReadOnlyList<DemoInstitution> All { get; } = [College, University, Postgraduate];

    public static ConstituteCommission Constitution(
        string bin, string orderNumber, DateOnly date, string head,
        (string Name, string Position) chair, (string Name, string Position) secretary, (string Name, string Position) member) =>
        new(new CommissionOrderInfo(orderNumber, date, head, SignatoryCapacity.FirstHead),
        [
            new CommissionMemberInfo(chair.Name, chair.Position, CommissionRole.Chair, LocalSubjects.For(ActorRole.CommissionChair, bin)),
            new CommissionMemberInfo(secretary.Name, secretary.Position, CommissionRole.Secretary, LocalSubjects.For(ActorRole.CommissionSecretary, bin)),
            new CommissionMemberInfo(member.Name, member.Position, CommissionRole.Member, LocalSubjects.For(ActorRole.CommissionMember, bin)),
        ]);
}
