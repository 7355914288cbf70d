using NationalRecognition.FaultTests.Api;
using NationalRecognition.FaultTests.Checks;
using NationalRecognition.FaultTests.Processes;
using NationalRecognition.FaultTests.Workload;
using NationalRecognition.Testing;
using Npgsql;

namespace NationalRecognition.FaultTests;

/// <summary>
/// PostgreSQL crashed under load: the platform deployed as processes (one silo, one gateway) takes submissions and
/// decisions from concurrent workers retrying with their idempotency keys while the database server is stopped as a
/// power cut would stop it (<c>pg_ctl -m immediate stop</c>, out of process), kept down ten seconds and started
/// again. Every answer that failed meanwhile must say "retry" truly — <c>UNAVAILABLE</c> with <c>Retry-After</c>, never
/// <c>INTERNAL</c> — and afterwards the API and the database must show every acknowledged command exactly once.
/// </summary>
/// <remarks>
/// The server is a private, durable one (<see cref="PostgreSqlDurability.Durable"/>): the shared test server runs with
/// <c>synchronous_commit=off</c>, which acknowledges a commit before its WAL is written, so a crash of it may lose a
/// command the platform rightly acknowledged — a loss of the test's making, not the platform's.
/// </remarks>
public sealed class DatabaseCrashTests(ITestOutputHelper output)
{
    private const int Workers = 8;

    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(90);

    [Fact(Timeout = 600_000)]
    public async Task A_database_crash_under_load_answers_only_UNAVAILABLE_with_Retry_After_and_loses_nothing_acknowledged()
    {
        await using var server = await PostgreSqlServer.StartPrivateAsync(PostgreSqlDurability.Durable);
        await FaultScenario.RunAsync(output, 1, RunScenarioAsync, server);
    }

    private static async Task RunScenarioAsync(FaultCluster cluster, PhaseLog log, Verdicts verdicts)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var timeline = new AnswerTimeline(log);
        var api = new GatewayApi(http, cluster.GatewayAddress, timeline);
        var tokens = new IdentityTokens(http, cluster.IdentityAddress);

        log.Phase("seeding through the API: institution, academic period, programme, Commission");
        var institution = await SeededInstitution.CreateAsync(api, tokens);
        var learners = new Dictionary<string, string>();
        for (var i = 0; i < Workers; i++)
        {
            var iin = TestIdentities.NewIin();
            learners[iin] = await tokens.IssueAsync($"learner-{iin}", "Learner", iin: iin);
        }

        log.Phase($"{Workers} workers submitting, reviewing, comparing and deciding");
        var acknowledgements = new AcknowledgementLog();
        using var pool = new WorkerPool(learners.Select((learner, i) =>
            new Worker(i, learner.Key, learner.Value, institution, api, acknowledgements, log)));
        await pool.WhileRunningAsync(acknowledgements.WaitForCountAsync(Workers * 4, LoadTimeout, "warm-up before the crash"));
        var retriedBefore = timeline.Retried.Count;

        log.Phase($"crashing PostgreSQL (immediate stop) for {Outage.TotalSeconds:0} s under load");
        await cluster.DatabaseServer.CrashAsync();
        await pool.WhileRunningAsync(Task.Delay(Outage));
        log.Phase("starting PostgreSQL again");
        await pool.WhileRunningAsync(cluster.DatabaseServer.RestartAsync());
        var atRestart = acknowledgements.Count;
        await pool.WhileRunningAsync(acknowledgements.WaitForCountAsync(atRestart + (Workers * 4), LoadTimeout, "load after PostgreSQL is back"));

        log.Phase("stopping the workers");
        var workerFailures = await pool.StopAsync(LoadTimeout);
        verdicts.NoProblems("every worker got a definite, expected answer to every command", workerFailures, $"{Workers} workers");
        var retried = timeline.Retried.Skip(retriedBefore).ToList();
        log.Info($"{acknowledgements.Count} commands acknowledged; {retried.Count} answers failed and were retried during and after the crash");
        log.Info("failed answers: " + string.Join("; ", retried.GroupBy(a => $"{a.Code ?? "no code"} (Retry-After: {a.RetryAfter})").Select(g => $"{g.Count()} × {g.Key}")));
        verdicts.Check("the crash was felt: some answers failed while PostgreSQL was down", retried.Count > 0, "no answer failed");
        var untrue = retried.Where(a => a.Code != "UNAVAILABLE" || !a.RetryAfter).ToList();
        verdicts.Check("every failed answer was UNAVAILABLE with Retry-After (none INTERNAL)", untrue.Count == 0,
            string.Join("; ", untrue.GroupBy(a => $"{a.Detail} (Retry-After: {a.RetryAfter})").Select(g => $"{g.Count()} × {g.Key}")));

        log.Phase("checking through the API");
        var apiChecks = new ApiChecks(api, learners, verdicts);
        await apiChecks.EveryAcknowledgedCommandIsReadableOnceAsync(acknowledgements.Acknowledged);
        await apiChecks.LearnerListingsShowEachApplicationOnceAsync(acknowledgements.Submissions, acknowledgements.Acknowledged);

        log.Phase("checking through SQL");
        await using var database = NpgsqlDataSource.Create(cluster.ConnectionString);
        await new EventLogChecks(database, verdicts).RunAsync(institution.Bin, acknowledgements.Submissions, acknowledgements.Acknowledged);
    }
}
