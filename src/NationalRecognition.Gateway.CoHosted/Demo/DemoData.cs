using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// The fixed identities of the demo data, for docs, examples and tests. BINs and IINs are valid (check digit
/// included) but made up; institutions, people and certificate numbers are fictional.
/// </summary>
public static class DemoData
{
    /// <summary>Shymkent Higher College of Information Technology: TVET, modules with qualification levels.</summary>
    public const string CollegeBin = "960940000175";

    /// <summary>Astana University of Digital Technologies: higher education, disciplines.</summary>
    public const string UniversityBin = "990840000347";

    /// <summary>Almaty Institute of Postgraduate Education: postgraduate (master's) disciplines.</summary>
    public const string PostgraduateBin = "020140000551";

    /// <summary>
    /// The day the hand-made cases happened, in Kazakhstan time: institutions registered, Commissions established,
    /// applications submitted, reviewed and decided. Fixed, so that the examples' audit-log day and protocol date
    /// (<c>docs/examples</c>) hold on any later day.
    /// </summary>
    public static DateOnly HandMadeDay { get; } = new(2026, 12, 1);

    /// <summary>The instant of the hand-made cases: 10:00 on <see cref="HandMadeDay"/>, Kazakhstan time (05:00 UTC).</summary>
    public static DateTimeOffset HandMadeAt { get; } = Domain.Calendar.KazakhstanTime.StartOf(HandMadeDay).AddHours(10);

    /// <summary>The period every demo application is for: the next 1 September (see <see cref="DemoCalendar"/>).</summary>
    public const string AutumnPeriodId = "autumn-intake";

    /// <summary>The next 1 February; open for new applications.</summary>
    public const string SpringPeriodId = "spring-intake";

    public const string CollegeProgrammeCode = "06130100";

    public const string UniversityProgrammeCode = "6B06101";

    public const string PostgraduateProgrammeCode = "7M06102";

    /// <summary>The verified labour-exchange certificate in the registry (issuer/number, normalised); its holder is <see cref="YerlanIin"/>.</summary>
    /// <summary>The in-demand profession of the exchange's demo certificate, on the demo list for its issue year.</summary>
    public const string SoftwareTesterProfession = "2519-0-01";

    public const string LabourExchangeRegistryKey = "enbekkzelectroniclabourexchange/enb2025004217";

    // Learners. Born 2003-03-14 (F), 2001-07-15 (M), 2004-11-22 (F), 1999-05-22 (F), 2000-08-17 (M), 2002-12-03 (F), 1998-03-01 (M).
    public const string AigerimIin = "030314601238";
    public const string YerlanIin = "010715504561";
    public const string AruzhanIin = "041122607892";
    public const string MadinaIin = "990522403211";
    public const string DaniyarIin = "000817506549";
    public const string SauleIin = "021203609875";
    public const string TimurIin = "980301302461";

    public static string CollegeCommissionId { get; } = CommissionIds.For(CollegeBin);

    public static string UniversityCommissionId { get; } = CommissionIds.For(UniversityBin);

    public static string PostgraduateCommissionId { get; } = CommissionIds.For(PostgraduateBin);

    public static IReadOnlyList<string> InstitutionBins { get; } = [CollegeBin, UniversityBin, PostgraduateBin];

    public static IReadOnlyList<string> LearnerIins { get; } = [AigerimIin, YerlanIin, AruzhanIin, MadinaIin, DaniyarIin, SauleIin, TimurIin];

    /// <summary>Aigerim, university, employer training-centre certificate: waiting for the Commission.</summary>
    public static Guid SubmittedApplicationId { get; } = ApplicationId(AigerimIin, "submitted");

    /// <summary>Yerlan, college, labour-exchange certificate from the registry: comparison recorded, no decision yet.</summary>
    public static Guid UnderReviewApplicationId { get; } = ApplicationId(YerlanIin, "under-review");

    /// <summary>Aruzhan, university, Coursera certificate: recognised in full.</summary>
    public static Guid RecognisedApplicationId { get; } = ApplicationId(AruzhanIin, "recognised");

    /// <summary>Timur, college, professional-qualification certificate (level 4) for a level-4 module: recognised.</summary>
    public static Guid QualificationRecognisedApplicationId { get; } = ApplicationId(TimurIin, "qualification-recognised");

    /// <summary>Daniyar, postgraduate institute, edX certificate: one discipline recognised, one refused.</summary>
    public static Guid PartlyRecognisedApplicationId { get; } = ApplicationId(DaniyarIin, "partly-recognised");

    /// <summary>Madina, postgraduate institute, education-organisation certificate: refused with a reason.</summary>
    public static Guid NotRecognisedApplicationId { get; } = ApplicationId(MadinaIin, "not-recognised");

    /// <summary>Saule, university, edX certificate: withdrawn by the learner.</summary>
    public static Guid WithdrawnApplicationId { get; } = ApplicationId(SauleIin, "withdrawn");

    public static IReadOnlyList<Guid> ApplicationIds { get; } =
    [
        SubmittedApplicationId, UnderReviewApplicationId, RecognisedApplicationId, QualificationRecognisedApplicationId,
        PartlyRecognisedApplicationId, NotRecognisedApplicationId, WithdrawnApplicationId,
    ];

    /// <summary>The idempotency key of a demo application: fixed, so seeding again reaches the same grain.</summary>
    internal static string IdempotencyKey(string name) => $"demo-{name}";

    private static Guid ApplicationId(string iin, string name) =>
        Contracts.Applications.ApplicationIds.FromIdempotencyKey(iin, IdempotencyKey(name));
}
