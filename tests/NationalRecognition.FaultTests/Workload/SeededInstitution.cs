using NationalRecognition.FaultTests.Api;
using NationalRecognition.Testing;

namespace NationalRecognition.FaultTests.Workload;

/// <summary>
/// One institution made through the API as its people do it (docs/examples): the registrar registers it, adds an
/// open academic period and a programme; the head establishes the Commission. Holds the chair's token.
/// </summary>
public sealed class SeededInstitution
{
    public const string Chair = "Nurlan Abenov";
    public const string Secretary = "Dana Seitova";
    public const string Period = "next-autumn";
    public const string ProgrammeCode = "6B06101";
    public const string UnitCode = "ML-3301";

    private SeededInstitution(string bin, string chairToken)
    {
        Bin = bin;
        ChairToken = chairToken;
    }

    public string Bin { get; }

    public string ChairToken { get; }

    /// <param name="establishCommission">The document that establishes the Commission, when the gateway is of another
    /// release than this tree's example (the rolling-upgrade test seeds through the previous release's gateway).</param>
    public static async Task<SeededInstitution> CreateAsync(GatewayApi api, IdentityTokens tokens, string? establishCommission = null)
    {
        var bin = TestIdentities.NewBin();
        var registrar = await tokens.IssueAsync($"registrar-{bin}", "Registrar", bin: bin);
        var head = await tokens.IssueAsync($"head-{bin}", "Head", bin: bin);
        var chair = await tokens.IssueAsync($"chair-{bin}", "CommissionChair", bin: bin);

        await Retrying.UntilDataAsync("registerInstitution", () => api.SendAsync(FaultOperations.RegisterInstitution, new
        {
            bin,
            input = new
            {
                names = new { kazakh = "Сынақ университеті", russian = "Тестовый университет", english = "Fault Test University" },
                kinds = new[] { "HIGHER" },
                region = "ASTANA_CITY",
            },
        }, registrar));
        await Retrying.UntilDataAsync("setAcademicPeriod", () => api.SendAsync(FaultOperations.SetAcademicPeriod,
            new { bin, input = new { id = Period, name = "Next autumn", startDate = $"{KazakhstanToday().Year + 1}-09-01" } }, registrar));
        await Retrying.UntilDataAsync("upsertProgramme", () => api.SendAsync(FaultOperations.UpsertProgramme, new
        {
            bin,
            input = new
            {
                code = ProgrammeCode,
                name = "Information systems",
                level = "HIGHER",
                units = new[]
                {
                    new
                    {
                        code = UnitCode, name = "Machine learning", kind = "DISCIPLINE", credits = 5, objectives = new[] { "Build supervised models" },
                        outcomes = new[] { new { id = "ML1", description = "Trains classifiers" }, new { id = "ML2", description = "Evaluates models" } },
                    },
                },
            },
        }, registrar));
        await Retrying.UntilDataAsync("establishCommission", () => api.SendAsync(establishCommission ?? FaultOperations.EstablishCommission, new
        {
            bin,
            input = new
            {
                order = new { number = "17-НҚ", date = "2025-08-20", signatoryName = "Serik Omarov", signatoryCapacity = "FIRST_HEAD" },
                members = new[]
                {
                    new { name = Chair, position = "Vice-rector", role = "CHAIR", subjectId = $"chair-{bin}" },
                    new { name = Secretary, position = "Registrar", role = "SECRETARY", subjectId = $"secretary-{bin}" },
                },
            },
        }, head));
        return new SeededInstitution(bin, chair);
    }

    /// <summary>
    /// A submission with its own idempotency key and certificate (a Coursera certificate for the one discipline). Each
    /// certificate is for a course of its own (<see cref="CourseName"/>): a learner's course is recognised once per
    /// institution, and each worker's learner submits many applications.
    /// </summary>
    public object Application(string iin, string idempotencyKey) => new
    {
        learnerIin = iin,
        learnerName = "Aigerim Sultanova",
        institutionBin = Bin,
        programmeCode = ProgrammeCode,
        academicPeriodId = Period,
        unitCodes = new[] { UnitCode },
        addressedTo = Chair,
        idempotencyKey,
        documents = new[]
        {
            new
            {
                certificate = new
                {
                    documentKind = "NON_FORMAL_EDUCATION_CERTIFICATE", issuerKind = "MOOC_PLATFORM", issuerName = "Coursera", platform = "Coursera",
                    number = $"FAULT-{idempotencyKey}", issueDate = "2025-06-20", holderName = "Aigerim Sultanova", holderIin = iin,
                    appendix = new[] { new { name = CourseName(idempotencyKey), credits = 5, hours = 150, grade = new { kind = "PERCENT", value = 91 } } },
                },
            },
        },
    };

    /// <summary>The course of the application with <paramref name="idempotencyKey"/>.</summary>
    public static string CourseName(string idempotencyKey) => $"Machine Learning {idempotencyKey}";

    /// <summary>The clause-9 comparison: content and objectives match, both outcomes covered.</summary>
    public static object FullMatch(string idempotencyKey) => new
    {
        unitCode = UnitCode,
        documentIndex = 0,
        appendixEntryName = CourseName(idempotencyKey),
        contentMatches = true,
        objectivesMatch = true,
        coveredOutcomeIds = new[] { "ML1", "ML2" },
    };

    /// <summary>The Commission's decision: the discipline is recognised, by a protocol of today's meeting (Kazakhstan time).</summary>
    public static object Recognise() => new
    {
        protocol = new { number = "5", date = KazakhstanToday().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), membersPresent = new[] { Chair, Secretary } },
        decisions = new[] { new { unitCode = UnitCode, recognised = true } },
    };

    private static DateOnly KazakhstanToday() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(5));
}
