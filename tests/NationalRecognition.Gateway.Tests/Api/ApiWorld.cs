using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Api;

/// <summary>
/// One institution made through the API alone (registrar, head), with a programme, an open and a started
/// period and a Commission — and sessions for the people who work with it.
/// </summary>
public sealed class ApiWorld
{
    public const string Chair = "Nurlan Abenov";
    public const string OpenPeriod = "next-autumn";
    public const string StartedPeriod = "2020-autumn";

    private ApiWorld(HttpClient client, string bin)
    {
        Client = client;
        Bin = bin;
        Registrar = ApiSession.As(client, ActorRole.Registrar, bin: bin);
        Head = ApiSession.As(client, ActorRole.Head, bin: bin);
        ChairSession = ApiSession.As(client, ActorRole.CommissionChair, bin: bin);
    }

    public HttpClient Client { get; }

    public string Bin { get; }

    public ApiSession Registrar { get; }

    public ApiSession Head { get; }

    public ApiSession ChairSession { get; }

    public string CommissionId => $"{Bin}/main";

    /// <summary>The in-demand profession the tests' exchange certificates are for, on the 2025 list <see cref="PublishProfessions"/> publishes.</summary>
    public const string DataAnalyst = "2511-0-07";

    /// <summary>The feed publishes the 2025 list of in-demand professions (the same list every time, so every test may).</summary>
    public static Task PublishProfessions(HttpClient client) =>
        ApiSession.As(client, ActorRole.ExchangeFeed).Run(Operations.PublishInDemandProfessions, ProfessionList);

    public static object ProfessionList { get; } = new
    {
        year = 2025,
        professions = new[] { new { code = DataAnalyst, nameKk = "Деректер талдаушысы", nameRu = "Аналитик данных", classifierCodes = new[] { "2511" } } },
    };

    /// <summary>A feed record of an exchange certificate issued to <paramref name="iin"/> in 2025.</summary>
    public static object FeedRecord(string iin, string? number = null, string grade = "87%") => new
    {
        number = number ?? $"ENB-{Guid.NewGuid():N}"[..16],
        learnerIin = iin,
        professionCode = DataAnalyst,
        courseName = "Data analysis with SQL",
        hours = 72,
        grade,
        issueDate = "2025-06-20",
        trainingProvider = "Astana IT training centre",
    };

    public static async Task<ApiWorld> Create(HttpClient client, bool withCommission = true)
    {
        var world = new ApiWorld(client, TestIdentities.NewBin());
        await world.Registrar.Run(Operations.RegisterInstitution, new
        {
            bin = world.Bin,
            input = Profile,
        });
        await world.Registrar.Run(Operations.SetAcademicPeriod, new { bin = world.Bin, input = OpenPeriodInput });
        await world.Registrar.Run(Operations.SetAcademicPeriod, new { bin = world.Bin, input = new { id = StartedPeriod, name = "Autumn 2020", startDate = "2020-09-01" } });
        await world.Registrar.Run(Operations.UpsertProgramme, new { bin = world.Bin, input = Programme });
        if (withCommission)
        {
            await world.Head.Run(Operations.EstablishCommission, new { bin = world.Bin, input = Constitution("17-НҚ", "2025-08-20", Chair, world.Bin) });
        }

        return world;
    }

    /// <summary>The institution's profile as its registrar registers it.</summary>
    public static object Profile { get; } = new
    {
        names = new { kazakh = "Сынақ университеті", russian = "Тестовый университет", english = "Test University" },
        kinds = new[] { "HIGHER" },
        region = "ASTANA_CITY",
    };

    /// <summary>The one programme of the catalogue: a discipline with two outcomes.</summary>
    public static object Programme { get; } = new
    {
        code = "6B06101",
        name = "Information systems",
        level = "HIGHER",
        units = new[]
        {
            new
            {
                code = "ML-3301", name = "Machine learning", kind = "DISCIPLINE", credits = 5, objectives = new[] { "Build supervised models" },
                outcomes = new[] { new { id = "ML1", description = "Trains classifiers" }, new { id = "ML2", description = "Evaluates models" } },
            },
        },
    };

    /// <summary>The open period: next year's autumn semester, whatever day the tests run (Kazakhstan time).</summary>
    public static object OpenPeriodInput => new { id = OpenPeriod, name = "Next autumn", startDate = $"{Today().Year + 1}-09-01" };

    /// <summary>Today in Kazakhstan, as the gateway's clock sees it: protocols are dated on the day of the meeting.</summary>
    public static DateOnly Today() => Domain.Calendar.KazakhstanTime.Today(TimeProvider.System);

    /// <summary>
    /// A head's order; with <paramref name="bin"/>, the chair and secretary carry the identities of this world's chair and
    /// secretary tokens, so that they may record decisions.
    /// </summary>
    public static object Constitution(string number, string date, string chair, string? bin = null) => new
    {
        order = new { number, date, signatoryName = "Serik Omarov", signatoryCapacity = "FIRST_HEAD" },
        members = new[]
        {
            new { name = chair, position = "Vice-rector", role = "CHAIR", subjectId = bin is null ? null : ApiSession.SubjectOf(ActorRole.CommissionChair, bin) },
            new { name = "Dana Seitova", position = "Registrar", role = "SECRETARY", subjectId = bin is null ? null : ApiSession.SubjectOf(ActorRole.CommissionSecretary, bin) },
        },
    };

    public static object Coursera(string iin, string number, string platform = "Coursera") => new
    {
        documentKind = "NON_FORMAL_EDUCATION_CERTIFICATE",
        issuerKind = "MOOC_PLATFORM",
        issuerName = platform,
        platform,
        number,
        issueDate = "2025-06-20",
        holderName = "Aigerim Sultanova",
        holderIin = iin,
        appendix = new[] { new { name = "Machine Learning", credits = 5, hours = 150, grade = new { kind = "PERCENT", value = 91 } } },
    };

    public object Application(string iin, object certificate, string period = OpenPeriod, string? key = null) => new
    {
        learnerIin = iin,
        learnerName = "Aigerim Sultanova",
        institutionBin = Bin,
        programmeCode = "6B06101",
        academicPeriodId = period,
        unitCodes = new[] { "ML-3301" },
        documents = new[] { new { certificate } },
        addressedTo = Chair,
        idempotencyKey = key ?? Guid.NewGuid().ToString("N"),
    };

    public ApiSession Learner(string iin) => ApiSession.As(Client, ActorRole.Learner, iin: iin);

    /// <summary>Submits as the learner, then takes into review and compares as the chair; returns the application id.</summary>
    public async Task<string> SubmittedAndCompared(string iin)
    {
        var submitted = await Learner(iin).Run(Operations.SubmitApplication, new { input = Application(iin, Coursera(iin, $"C-{Guid.NewGuid():N}")) });
        var id = (string)submitted["submitApplication"]!["id"]!;
        await ChairSession.Run(Operations.StartReview, new { id });
        await ChairSession.Run(Operations.RecordComparison, new { id, input = FullMatch });
        return id;
    }

    public static object FullMatch { get; } = new
    {
        unitCode = "ML-3301",
        documentIndex = 0,
        appendixEntryName = "Machine Learning",
        contentMatches = true,
        objectivesMatch = true,
        coveredOutcomeIds = new[] { "ML1", "ML2" },
    };

    /// <summary>The decision, by a protocol of today's meeting.</summary>
    public static object Recognise => new
    {
        protocol = new { number = "5", date = Today().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), membersPresent = new[] { Chair, "Dana Seitova" } },
        decisions = new[] { new { unitCode = "ML-3301", recognised = true } },
    };
}
