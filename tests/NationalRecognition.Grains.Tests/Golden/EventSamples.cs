using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Domain.People;
using NationalRecognition.Grains.Events;
using NationalRecognition.Grains.Privacy;

using static NationalRecognition.Grains.Tests.Golden.GoldenValues;

namespace NationalRecognition.Grains.Tests.Golden;

/// <summary>
/// One fully populated sample of each event type: every optional member set, every list with items, enums
/// other than their first member (so a member that is no longer read cannot pass for its default), decimals
/// with a fixed scale, and Kazakh and Russian text. Never change a value here without a new golden file (see
/// README.md); add new members to the samples when they appear.
/// </summary>
internal static class EventSamples
{
    private static readonly DateTimeOffset UpdatedAt = new(2025, 9, 2, 16, 5, 0, TimeSpan.FromHours(5));

    // Sealed fields as the log stores them: a key id and AES-GCM bytes (these are fixed sample bytes, not a real ciphertext).
    private static readonly SealedText SealedReason = new(new Guid("6f1d2c3b-4a59-4e68-8b7a-9c0d1e2f3a4b"), "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq83v");
    private static readonly SealedText SealedIin = new(new Guid("6f1d2c3b-4a59-4e68-8b7a-9c0d1e2f3a4b"), "ESIzRFVmd4iZqrvM3e7/ABEiM0RVZneImaq7zN3u");

    private static readonly CommissionOrderInfo FirstOrder = new("ORD-087", new(2024, 9, 2), "Нұрлан Ахметов", SignatoryCapacity.ActingHead);
    private static readonly CommissionOrderInfo SecondOrder = new("ORD-112", new(2025, 1, 15), "Гүлнара Оспанова", SignatoryCapacity.ActingHead);

    public static IReadOnlyList<IPlatformEvent> All { get; } =
    [
        // Application events: the status is never Submitted (the enum's first member), whatever the event.
        new ApplicationSubmitted(Summary(ApplicationStatus.UnderReview), "rules-2024-09", InstitutionKind.Higher, 2,
            ListOf(MoocPlatform.EdX, MoocPlatform.Udacity), ListOf("Сварщик / Дәнекерлеуші")),
        new ApplicationSubmittedV1(Summary(ApplicationStatus.UnderReview), "rules-2024-09", InstitutionKind.Higher, 2),
        new ApplicationReviewStarted(Summary(ApplicationStatus.UnderReview)),
        new ComparisonRecorded(
            Summary(ApplicationStatus.UnderReview), "CSE-301", 1, 0.670m, VolumeVerdict.Short,
            "Частично: LO3 \"Сравнивает классификаторы\" < 50% & нет практики"),
        new ApplicationDecided(Summary(ApplicationStatus.PartlyRecognised), "P-2025-014", new(2025, 9, 2), ListOf(
            new UnitDecisionRecord("CSE-301", true, 4.50m, true, "A-", 3.67m, "Екі нәтиже үшеуінің ішінен қамтылды"),
            new UnitDecisionRecord("CSE-302", false, 0.0m, false, null, null, "Ни один результат не покрыт"))),
        new ApplicationWithdrawn(Summary(ApplicationStatus.Withdrawn), SealedReason),
        new ApplicationWithdrawnV1(Summary(ApplicationStatus.Withdrawn), "Басқа бағдарламаға ауыстым / перевёлся на другую программу"),

        new CertificateRegistered(
            RegistryKey, CertificateSource.VerifiedByIssuer, DocumentKind.ProfessionalQualificationCertificate, IssuerKind.MoocPlatform,
            "Coursera", new(2025, 6, 20)),
        new CertificateRecognitionClaimed(RegistryKey, new RecognitionClaim("Машинное обучение (Machine Learning)", InstitutionBin, "CSE-301", SampleApplicationId)),

        new CertificateUpdated(RegistryKey, 3, CertificateSource.VerifiedByIssuer, new(2025, 6, 20), "2511-0-07", 2),
        new CertificateFeedBatchReceived("enbek-2025-08-14/0007", 1000, 900, 40, 35, 25),
        new InDemandProfessionsPublished(2025, 2, ListOf("2511-0-07", "7212-0-02")),

        new CommandRefused("IApplicationGrain.Submit", $"application/{SampleApplicationId}", AuditOutcome.Refused, "DeadlinePassed", "13", InstitutionBin),
        new CommandRefusedV1("IApplicationGrain.Decide", $"application/{SampleApplicationId}", AuditOutcome.Refused, "RuleViolation"),
        new SubmissionRefusedAtDoor(SampleApplicationId, SealedIin, InstitutionBin, "6B06101", "2025-autumn", "DeadlinePassed", "13",
            "Өтініштер 2025-08-31 дейін қабылданды / Заявления принимались до 2025-08-31."),
        new SubmissionRefusedAtDoorV2(SampleApplicationId, LearnerIin, InstitutionBin, "6B06101", "2025-autumn", "DeadlinePassed", "13",
            "Өтініштер 2025-08-31 дейін қабылданды / Заявления принимались до 2025-08-31."),
        new SubmissionRefusedAtDoorV1(SampleApplicationId, LearnerIin, InstitutionBin, "2025-autumn", "DeadlinePassed", "13",
            "Өтініштер 2025-08-31 дейін қабылданды / Заявления принимались до 2025-08-31."),
        new CoursesRecognised(SampleApplicationId, "6B06101", 2, 9.50m),

        new CommissionEstablished(CommissionId, FirstOrder, 2),
        new CommissionReconstituted(CommissionId, SecondOrder, 3),
        new CommissionQuorumsMigrated(CommissionId, ListOf(new MigratedQuorum("ORD-087", 0.67m, 2, 3), new MigratedQuorum("ORD-112", 0.750m, 3, 4))),
        new CommissionMemberIdentitiesCorrected(
            CommissionId, "ORD-112", ListOf(new MemberIdentityChange("Сәуле Керімова", null, "sub-saule"), new MemberIdentityChange("Ерлан Сейтқали", "sub-old", null)),
            "Платформадағы есептік жазбалар бұйрықтан кейін берілді / Accounts were issued after the order."),

        new InstitutionRegistered(
            InstitutionBin, ListOf(InstitutionKind.Higher, InstitutionKind.Postgraduate), Region.AlmatyCity,
            ListOf(Ministry.ScienceAndHigherEducation, Ministry.Enlightenment), true),
        new AcademicPeriodSet(new AcademicPeriodInfo("2025-autumn", "Күзгі семестр 2025", new(2025, 9, 1), new(2025, 12, 27))),
        new ProgrammeUpserted("6B06101", InstitutionKind.Higher, 12),
        new CommissionActivated(CommissionId),

        new RoleGranted("person-0a1b2c3d4e5f6a7b", "https://idp.egov.kz", "sub-saule", "03********38", PersonRole.CommissionSecretary,
            InstitutionBin, CommissionId, Ministry.ScienceAndHigherEducation),
        new RoleRevoked("person-iin-7b6a5f4e3d2c1b0a", "https://idp.egov.kz", "sub-saule", "03********38", PersonRole.Registrar,
            InstitutionBin, CommissionId, Ministry.Enlightenment),
    ];

    private static ApplicationSnapshot Summary(ApplicationStatus status) => new(
        SampleApplicationId, 7, status, LearnerIin, InstitutionBin, CommissionId, "6B06101", "2025-autumn",
        SubmittedAt, UpdatedAt, ListOf(IssuerKind.MoocPlatform, IssuerKind.AdditionalEducationOrEmployer), 2, 1, 4.50m);

    // A List, as the grains build them: a collection expression typed as IReadOnlyList would be a compiler type.
    private static List<T> ListOf<T>(params T[] items) => [.. items];
}
