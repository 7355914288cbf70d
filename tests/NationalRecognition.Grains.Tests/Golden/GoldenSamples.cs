using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Contracts.People;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.People;
using NationalRecognition.Grains.Certificates;
using NationalRecognition.Grains.Commissions;
using NationalRecognition.Grains.Exchange;
using NationalRecognition.Grains.Institutions;
using NationalRecognition.Grains.People;
using NationalRecognition.Grains.Recognitions;
using static NationalRecognition.Grains.Tests.Golden.GoldenValues;

namespace NationalRecognition.Grains.Tests.Golden;

/// <summary>
/// One fully populated sample of each stored or wire type: every optional member set and every list with
/// items, so that each [Id] and each enum number appears in the golden bytes. Never change a value here
/// without regenerating the payloads (see README.md); add new members to the samples when they appear.
/// </summary>
internal static class GoldenSamples
{
    private static readonly DateTimeOffset DecidedAt = new(2025, 9, 2, 16, 5, 0, TimeSpan.FromHours(5));

    private static readonly GrantedRole Secretary = new(
        PersonRole.CommissionSecretary, InstitutionBin, CommissionId, Ministry.ScienceAndHigherEducation, DecidedAt, "sub-head");

    private static readonly AcademicPeriodInfo Autumn = new("2025-autumn", "Autumn semester 2025", new(2025, 9, 1), new(2025, 12, 27));
    private static readonly AcademicPeriodInfo Spring = new("2026-spring", "Spring semester 2026", new(2026, 1, 19), null);

    private static readonly CurriculumUnit MachineLearning = new(
        "CSE-301", "Machine learning", CurriculumUnitKind.Module, 5.0m,
        ListOf("Apply supervised learning", "Evaluate models"),
        ListOf(new LearningOutcome("LO1", "Trains a regression model"), new LearningOutcome("LO2", "Compares classifiers")),
        QualificationLevel: 6, Content: "Regression, classification, model evaluation", TaughtInPeriodId: "2025-autumn",
        TaughtInPeriodIds: ListOf("2025-autumn", "2026-spring"));

    private static readonly CurriculumUnit Databases = new(
        "CSE-302", "Databases", CurriculumUnitKind.Discipline, 4.5m,
        ListOf("Design relational schemas"), ListOf(new LearningOutcome("LO1", "Normalises a schema")));

    private static readonly Programme ComputerScience = new("6B06101", "Computer science", InstitutionKind.Higher, ListOf(MachineLearning, Databases));

    private static readonly CertificateInfo Certificate = new(
        DocumentKind.ProfessionalQualificationCertificate, IssuerKind.MoocPlatform, IssuerSubKind.EmployerWorkplace,
        "Coursera", "Coursera", "CERT-7H2K9Q4M", new(2025, 6, 20), "Aigerim Sultanova", LearnerIin,
        ListOf(
            new AppendixEntryInfo("Machine Learning Specialization", 6.0m, 180.5m, new GradeInfo(GradeKind.Points, 3.67m, 4.00m, "A-", true),
                "https://www.coursera.org/specializations/machine-learning-introduction"),
            new AppendixEntryInfo("SQL for data science", null, 40m, new GradeInfo(GradeKind.PassFail, Passed: false))),
        "https://verify.example/7H2K9Q4M",
        new ProfessionalQualificationInfo("2512-1-004", "Software developer", 5, "Centre of professional qualifications, Almaty", "KZ-ACC-0042", new(2030, 6, 20)),
        "Data analyst",
        "Astana IT training centre",
        "KZ73LAA00031245",
        "KEGOC-HR-2025/118");

    private static readonly CertificateVersion EarlierVersion = new(1, Certificate with { Number = "CERT-7H2K9Q4M-1" }, SubmittedAt.AddDays(-30));

    private static readonly InDemandProfessionInfo Analyst = new("2511-0-07", "Деректер талдаушысы", "Аналитик данных", ListOf("2511", "2511-0"));

    private static readonly InDemandProfessionInfo Welder = new("7212-0-02", "Дәнекерлеуші", "Сварщик", ListOf("7212"));

    private static readonly CertificateFeedRecord FeedRecord = new(
        "ENB-2025-004217", LearnerIin, "2511-0-07", "Деректерді талдау / Анализ данных", 72.5m, 3.0m, "A-", "2025-06-20",
        "Astana IT training centre", "Aigerim Sultanova", "DA-0117");

    private static readonly PlatformMessage RefusalText = new(
        "inDemandProfessionRules.professionValueList", ListOf("profession", "year"), ListOf("9999", "2025"));

    private static readonly List<FeedRecordResult> FeedResults = ListOf(
        new FeedRecordResult(0, "ENB-2025-004217", FeedOutcome.Updated, "enbekkzelectroniclabourexchange/enb2025004217", 2),
        new FeedRecordResult(1, "ENB-2025-004218", FeedOutcome.Rejected, "enbekkzelectroniclabourexchange/enb2025004218", null,
            DomainErrorCode.RuleViolation, "professionCode", "10.3", "Profession '9999' is not on the list of in-demand professions for 2025.",
            RefusalText));

    private static readonly RecognitionClaim Claim = new("Machine Learning Specialization", InstitutionBin, "CSE-301", SampleApplicationId);

    private static readonly ProtocolInfo Protocol = new("P-2025-014", new(2025, 9, 2), ListOf("Dana Abenova", "Yerlan Seitkali"), new ProtocolVotesInfo(1, 1, 0, ChairVotedInFavour: true));

    private static readonly ApplicationSummary Summary = new(
        SampleApplicationId, 7, ApplicationStatus.PartlyRecognised, LearnerIin, InstitutionBin, CommissionId, "6B06101", "2025-autumn",
        SubmittedAt, DecidedAt, ListOf(IssuerKind.MoocPlatform, IssuerKind.AdditionalEducationOrEmployer), 2, 1, 4.50m);

    private static readonly CommissionOrderInfo FirstOrder = new("ORD-087", new(2024, 9, 2), "Nurlan Akhmetov", SignatoryCapacity.FirstHead);
    private static readonly CommissionOrderInfo SecondOrder = new("ORD-112", new(2025, 1, 15), "Gulnara Ospanova", SignatoryCapacity.ActingHead);

    private static readonly List<CommissionMemberInfo> Members = ListOf(
        new CommissionMemberInfo("Dana Abenova", "Dean", CommissionRole.Chair, "sub-dana"),
        new CommissionMemberInfo("Yerlan Seitkali", "Senior lecturer", CommissionRole.Secretary, "sub-yerlan"),
        new CommissionMemberInfo("Saule Karimova", "Associate professor", CommissionRole.Member, IsDeputyChair: true));

    private static readonly CommissionRegulationInfo Regulation = new(
        QuorumKind.AtLeastFraction, 0.6666666666666666666666666666m, CommissionRole.Member, CommissionRole.Secretary, true, 2, 3, true,
        MajorityOfVotesCast: true, ChairHasCastingVote: true, CoverageForWhole: new OutcomeShareInfo(3, 4), CoverageForPart: new OutcomeShareInfo(1, 3));

    private static readonly InstitutionNames Names = new("Сәтбаев университеті", "Сатпаев университет", "Satbayev University");
    private static readonly RecognitionPolicy Policy = new("point-rating-fx", 30.0m, 25.0m, 12.0m);

    private static readonly InstitutionProfile Profile = new(
        InstitutionBin, Names, ListOf(InstitutionKind.Higher, InstitutionKind.Postgraduate), Region.AlmatyCity,
        ListOf(Ministry.ScienceAndHigherEducation), Policy, CommissionId, new(2024, 8, 30, 9, 0, 0, TimeSpan.FromHours(5)));

    private static readonly AuditRecord Audit = new(
        42, DecidedAt, "sub-dana", ActorRole.CommissionChair, InstitutionBin, "IApplicationGrain.Decide",
        $"application/{SampleApplicationId}", AuditOutcome.Refused, "RuleViolation: clause 9");

    private static readonly PersonalDataRead Read = new(
        17, DecidedAt, "sub-dana", ActorRole.CommissionChair, InstitutionBin, PersonalDataReads.Application, SampleApplicationId.ToString());

    public static IReadOnlyList<GoldenCase> All { get; } =
    [
        GoldenCase.Of(nameof(ApplicationInfo), Application()),
        GoldenCase.Of(nameof(ApplicationSummary), Summary),
        GoldenCase.Of(nameof(SubmitApplication), new SubmitApplication(
            LearnerIin, "Aigerim Sultanova", InstitutionBin, "6B06101", "2025-autumn", ListOf("CSE-301", "CSE-302"),
            ListOf(new ConfirmingDocumentInput(RegistryKey: RegistryKey), new ConfirmingDocumentInput(Certificate: Certificate)),
            "Chair of the Commission", "idem-2025-08-14-001", "I ask to recognise my certificate.")),
        GoldenCase.Of(nameof(DecideApplication), new DecideApplication(Protocol, ListOf(
            new UnitDecisionInput("CSE-301", true, 4.5m, true, "Two of three outcomes covered", new GradeInfo(GradeKind.Letter, Letter: "B+")),
            new UnitDecisionInput("CSE-302", false, Reason: "No outcome covered")))),
        GoldenCase.Of(nameof(ComparisonAssessment), Assessment()),
        // Its wire name (alias nr.AuditEntry): the C# type was renamed, the bytes must not change.
        GoldenCase.Of("AuditEntry", new AuditTrailEntry(3, DecidedAt, Commissioner(), "Decided", "PartlyRecognised by protocol P-2025-014")),
        GoldenCase.Of(nameof(CertificateInfo), Certificate),
        GoldenCase.Of(nameof(CertificateRecord), new CertificateRecord(
            RegistryKey, Certificate, CertificateSource.VerifiedByIssuer, SubmittedAt, ListOf(Claim), 2, ListOf(EarlierVersion))),
        GoldenCase.Of(nameof(HeldCertificate), new HeldCertificate(Certificate, CertificateSource.VerifiedByIssuer, 3)),
        GoldenCase.Of(nameof(InDemandProfessionList), new InDemandProfessionList(2025, 2, ListOf(Analyst, Welder), SubmittedAt)),
        GoldenCase.Of(nameof(ListedProfession), new ListedProfession(true, 2, Welder)),
        GoldenCase.Of(nameof(CertificateFeedRecord), FeedRecord),
        GoldenCase.Of(nameof(CertificateFeedBatch), new CertificateFeedBatch("enbek-2025-08-14/0007", FeedResults, true)),
        GoldenCase.Of(nameof(PlatformMessage), RefusalText),
        GoldenCase.Of(nameof(RecognitionClaim), Claim),
        GoldenCase.Of(nameof(CommissionInfo), Commission()),
        GoldenCase.Of(nameof(ConstituteCommission), new ConstituteCommission(SecondOrder, Members, Regulation)),
        GoldenCase.Of(nameof(InstitutionProfile), Profile),
        GoldenCase.Of(nameof(RegisterInstitution), new RegisterInstitution(Names, ListOf(InstitutionKind.Tvet, InstitutionKind.PostSecondary), Region.Ulytau, Policy)),
        GoldenCase.Of(nameof(SubmissionContext), new SubmissionContext(
            InstitutionBin, ListOf(InstitutionKind.Higher), Region.AlmatyCity, CommissionId, Autumn, ComputerScience, ListOf(MachineLearning), Policy, ListOf(Autumn))),
        GoldenCase.Of(nameof(Programme), ComputerScience),
        GoldenCase.Of(nameof(AcademicPeriodInfo), Autumn),
        GoldenCase.Of(nameof(Actor), Commissioner()),
        GoldenCase.Of(nameof(AuditRecord), Audit),
        GoldenCase.Of(nameof(PageRequest), new PageRequest(50, "MjAyNS0wOS0wMg")),
        GoldenCase.Of("PageOfApplicationSummary", new Page<ApplicationSummary>(
            ListOf(Summary, Summary with { Id = Guid.Parse("0b9e7a51-3c2d-5f48-9a61-d4e8c0b2f713"), Version = 1, Status = ApplicationStatus.Submitted }),
            ListOf("c1", "c2"), true, 17)),
        GoldenCase.Of("PageOfAuditRecord", new Page<AuditRecord>(ListOf(Audit), ListOf("42"), false, 1)),
        GoldenCase.Of(nameof(ChangeRole), new ChangeRole(
            new PersonReference("https://idp.egov.kz", "sub-saule", LearnerIin),
            new RoleRequest(PersonRole.MinistryAnalyst, InstitutionBin, CommissionId, Ministry.ScienceAndHigherEducation),
            "https://idp.egov.kz")),
        GoldenCase.Of(nameof(PersonRoles), new PersonRoles("person-0a1b2c3d4e5f6a7b", "https://idp.egov.kz", "sub-saule", "03********38", ListOf(Secretary))),
        GoldenCase.Of("PageOfRoleHolder", new Page<RoleHolder>(
            ListOf(new RoleHolder("person-0a1b2c3d4e5f6a7b", "https://idp.egov.kz", "sub-saule", "03********38", PersonRole.CommissionSecretary, CommissionId, DecidedAt)),
            ListOf("c1"), true, 3)),
        GoldenCase.Of(nameof(PersonalDataRead), Read),
        GoldenCase.Of(nameof(PersonalDataExport), new PersonalDataExport(
            DecidedAt, ListOf(Application()), ListOf(Certificate),
            ListOf(new HeldCourseRecognitionAt(InstitutionBin, new HeldCourseRecognition(
                new CourseRecognition("mooc/coursera/machinelearningspecialization", "CSE-301", 4.5m), "6B06101", SampleApplicationId))),
            ListOf(Read), 3)),

        // Grain state as the storage provider writes it. ApplicationState, ListingState and AuditLogState are left
        // out while they are being rewritten; add them once their shape settles.
        GoldenCase.Of(nameof(CertificateState), new CertificateState
        {
            Certificate = Certificate,
            Source = CertificateSource.VerifiedByIssuer,
            RecordedAt = SubmittedAt,
            Recognitions = ListOf(Claim),
            Version = 2,
            History = ListOf(EarlierVersion),
            ProfessionListVersion = 3,
            LastBatchKey = "10:enbek-feed/enbek-2025-08-14/0007",
            LastBatchOutcome = FeedOutcome.Updated,
        }),
        GoldenCase.Of(nameof(InDemandProfessionsState), new InDemandProfessionsState
        {
            List = new InDemandProfessionList(2025, 2, ListOf(Analyst, Welder), SubmittedAt),
            Fingerprint = "5E0C4B1A9F",
        }),
        GoldenCase.Of(nameof(CertificateFeedState), new CertificateFeedState
        {
            Fingerprint = "A1B2C3D4E5",
            Results = FeedResults,
            ReceivedAt = SubmittedAt,
        }),
        GoldenCase.Of(nameof(CommissionState), new CommissionState
        {
            Orders = ListOf(new ConstituteCommission(FirstOrder, Members.Take(2).ToList()), new ConstituteCommission(SecondOrder, Members, Regulation)),
        }),
        GoldenCase.Of(nameof(LearnerRecognitionsState), new LearnerRecognitionsState
        {
            Held = ListOf(
                new HeldCourseRecognition(new CourseRecognition("mooc/coursera/machinelearningspecialization", "CSE-301", 4.5m), "6B06101", SampleApplicationId),
                new HeldCourseRecognition(new CourseRecognition("cert/satbayevuniversity/kc2025118/databases", "CSE-302", 4.5m), "6B06101", SampleApplicationId)),
            Pending = ListOf(new PendingApplication(
                SecondApplicationId, "6B06101",
                ListOf(new CourseForUnitInfo("mooc/coursera/id/courseraorglearnmachinelearning", "CSE-301")),
                ListOf(new CourseRecognition("mooc/coursera/id/courseraorglearnmachinelearning", "CSE-301", 5.0m)))),
        }),
        GoldenCase.Of(nameof(PersonState), new PersonState
        {
            Issuer = "https://idp.egov.kz",
            Subject = "sub-saule",
            MaskedIin = "03********38",
            Grants = ListOf(Secretary, Secretary with { Role = PersonRole.MinistryAnalyst, InstitutionBin = null, CommissionId = null }),
        }),
        GoldenCase.Of(nameof(InstitutionState), new InstitutionState
        {
            Profile = Profile,
            Calendar = ListOf(Autumn, Spring),
            Programmes = new(StringComparer.Ordinal) { [ComputerScience.Code] = ComputerScience },
        }),
    ];

    private static ApplicationInfo Application() => new(
        SampleApplicationId, 7, ApplicationStatus.PartlyRecognised, LearnerIin, "Aigerim Sultanova", InstitutionBin, CommissionId,
        "Chair of the Commission", "6B06101", Autumn, ListOf(MachineLearning, Databases), ListOf(Certificate), "rules-2024-09",
        SubmittedAt,
        ListOf(new ComparisonRecord(Assessment(), 0.67m, false, 6.0m, 5.0m, VolumeVerdict.Exceeds, "A-", 3.67m, "Partial", DecidedAt)),
        new DecisionRecord(ApplicationStatus.PartlyRecognised, Protocol, ListOf(
            new UnitDecisionRecord("CSE-301", true, 4.5m, true, "A-", 3.67m, "Two of three outcomes covered"),
            new UnitDecisionRecord("CSE-302", false, 0m, false, null, null, "No outcome covered")), DecidedAt),
        "Moved to another programme",
        "I ask to recognise my certificate.",
        DecidedAt,
        ListOf(new DocumentProvenance(RegistryKey, CertificateSource.VerifiedByIssuer, 2, false)));

    private static ComparisonAssessment Assessment() =>
        new("CSE-301", 0, "Machine Learning Specialization", true, false, ListOf("LO1", "LO2"), "Objectives differ in depth");

    private static Actor Commissioner() => new("sub-dana", ActorRole.CommissionChair, InstitutionBin, LearnerIin, Ministry.ScienceAndHigherEducation);

    private static CommissionInfo Commission()
    {
        var first = new CommissionCompositionInfo(FirstOrder, Members.Take(2).ToList(), FirstOrder.Date, SecondOrder.Date);
        var current = new CommissionCompositionInfo(SecondOrder, Members, SecondOrder.Date, null, Regulation);
        return new CommissionInfo(CommissionId, InstitutionBin, current, ListOf(first, current));
    }

    // A List, as the grains build them: a collection expression typed as IReadOnlyList would be a compiler type.
    private static List<T> ListOf<T>(params T[] items) => [.. items];
}
