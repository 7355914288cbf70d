using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Institutions;

using NationalRecognition.Testing;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// A registered institution with its calendar, a programme and (unless asked otherwise) an established
/// Commission: the world an application needs, made fresh for each test.
/// </summary>
internal sealed record Campus(IGrainFactory Grains, string Bin, string? CommissionId, InstitutionKind Kind)
{
    public const string ChairName = "Nurlan Abenov";
    public const string ProgrammeCode = "6B06101";
    public const string OpenPeriod = "2025-autumn";
    public const string StartedPeriod = "2020-autumn";
    public const string MachineLearning = "ML-3301";
    public const string Databases = "DB-2201";
    public const string SoftwareModule = "PM-07";

    public static async Task<Campus> Open(
        IGrainFactory grains, bool withCommission = true, InstitutionKind kind = InstitutionKind.Higher, Region region = Region.AlmatyCity)
    {
        var bin = TestIdentities.NewBin();
        var institution = grains.GetGrain<IInstitutionGrain>(bin);
        await institution.Register(
            new RegisterInstitution(new InstitutionNames("Тест университеті", "Тестовый университет", "Test University"), [kind], region),
            Actors.Registrar(bin));
        await institution.SetAcademicPeriod(new AcademicPeriodInfo(OpenPeriod, "Autumn semester 2025", new DateOnly(2025, 9, 1), new DateOnly(2025, 12, 25)), Actors.Registrar(bin));
        await institution.SetAcademicPeriod(new AcademicPeriodInfo(StartedPeriod, "Autumn semester 2020", new DateOnly(2020, 9, 1), new DateOnly(2020, 12, 25)), Actors.Registrar(bin));
        await institution.UpsertProgramme(Programme(kind), Actors.Registrar(bin));

        string? commissionId = null;
        if (withCommission)
        {
            commissionId = CommissionIds.For(bin);
            await grains.GetGrain<ICommissionGrain>(commissionId).Establish(Constitution("17-НҚ", new DateOnly(2025, 8, 20)), Actors.Head(bin));
        }

        return new Campus(grains, bin, commissionId, kind);
    }

    public static ConstituteCommission Constitution(string orderNumber, DateOnly date, string chair = ChairName) =>
        new(new CommissionOrderInfo(orderNumber, date, "Serik Omarov", SignatoryCapacity.FirstHead),
        [
            new CommissionMemberInfo(chair, "Vice-rector for academic affairs", CommissionRole.Chair, chair == ChairName ? Actors.ChairSubject : null),
            new CommissionMemberInfo("Dana Seitova", "Registrar", CommissionRole.Secretary, Actors.SecretarySubject),
            new CommissionMemberInfo("Marat Zhaksybekov", "Professor of computer science", CommissionRole.Member, Actors.MemberSubject),
        ]);

    public SubmitApplication Application(string iin, CertificateInfo certificate, string? key = null, string period = OpenPeriod, params string[] units) =>
        Application(iin, new ConfirmingDocumentInput(Certificate: certificate), key, period, units);

    public SubmitApplication Application(string iin, ConfirmingDocumentInput document, string? key = null, string period = OpenPeriod, params string[] units) =>
        new(iin, "Aigerim Sultanova", Bin, ProgrammeCode, period, units.Length == 0 ? [MachineLearning] : units,
            [document], ChairName, key ?? Guid.NewGuid().ToString("N"), "I ask to recognise my course.");

    public async Task<ApplicationInfo> Submit(SubmitApplication command) =>
        await ApplicationOf(command).Submit(command, Actors.Learner(command.LearnerIin));

    /// <summary>A MOOC application submitted by the learner and taken into review by the chair.</summary>
    public async Task<IApplicationGrain> UnderReview(string iin)
    {
        var command = Application(iin, Certificates.Mooc(iin));
        var application = ApplicationOf(command);
        await Submit(command);
        await application.StartReview(Actors.Chair(Bin));
        return application;
    }

    public IApplicationGrain ApplicationOf(SubmitApplication command) =>
        Grains.GetGrain<IApplicationGrain>(ApplicationIds.FromIdempotencyKey(command.LearnerIin, command.IdempotencyKey));

    public ComparisonAssessment FullMatch(string unit = MachineLearning, string entry = "Machine Learning") =>
        new(unit, 0, entry, true, true, unit == Databases ? ["DB1", "DB2"] : unit == SoftwareModule ? ["PM1"] : ["ML1", "ML2", "ML3"]);

    public DecideApplication Recognise(params string[] units) =>
        new(Protocol(), units.Select(u => new UnitDecisionInput(u, true)).ToList());

    /// <summary>A protocol of today's meeting (the test clock's day), chair and secretary present: two of three, a quorum.</summary>
    public static ProtocolInfo Protocol(string number = "5") => new(number, TestClock.Today, [ChairName, "Dana Seitova"]);

    public static Programme Programme(InstitutionKind kind = InstitutionKind.Higher) => new(ProgrammeCode, "Information systems", kind,
    [
        new CurriculumUnit(MachineLearning, "Machine learning", CurriculumUnitKind.Discipline, 5m,
            ["Build and evaluate supervised models"],
            [new LearningOutcome("ML1", "Explains bias and variance"), new LearningOutcome("ML2", "Trains classifiers"), new LearningOutcome("ML3", "Evaluates models")]),
        new CurriculumUnit(Databases, "Databases", CurriculumUnitKind.Discipline, 5m,
            ["Design relational databases"],
            [new LearningOutcome("DB1", "Normalises schemas"), new LearningOutcome("DB2", "Writes SQL queries")]),
        new CurriculumUnit(SoftwareModule, "Software development (professional module)", CurriculumUnitKind.Module, 6m,
            ["Develop software to the professional standard"],
            [new LearningOutcome("PM1", "Develops software components")], QualificationLevel: 4),
    ]);
}
