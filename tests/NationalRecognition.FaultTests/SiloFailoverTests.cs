using System.Globalization;
using NationalRecognition.FaultTests.Api;
using NationalRecognition.FaultTests.Checks;
using NationalRecognition.FaultTests.Processes;
using NationalRecognition.FaultTests.Workload;
using NationalRecognition.Testing;
using Npgsql;

namespace NationalRecognition.FaultTests;

/// <summary>
/// The fault test: the platform deployed as processes (3 silos in PostgreSQL mode with the shipped failure-detection
/// settings, one gateway, the stand-in identity provider) takes submissions and decisions from concurrent workers while
/// one silo is killed with SIGKILL, kept down until every worker is served again, and started again —
/// <c>NR_FAILOVER_KILLS</c> times (once by default; <c>benchmarks/failover.sh</c> asks for more). Afterwards every
/// silo and the gateway restart, and the API and the database must show every acknowledged command exactly once.
/// </summary>
/// <remarks>
/// The gaps in successful answers are bounded here only as far as proves the mechanism: the shipped settings declare
/// a dead silo in about 3 s and end calls in flight to it after 5 s, where Orleans' defaults take 15 s and more. The
/// goal of resuming within 2 s is measured by <c>benchmarks/failover.sh</c> and recorded in docs/benchmarks.md, on a
/// quiet machine, not asserted by a test that must also pass beside other work.
/// </remarks>
public sealed class SiloFailoverTests(ITestOutputHelper output)
{
    private const int Silos = 3;
    private const int Workers = 8;
    private const int VictimSilo = 1;

    /// <summary>Commands each worker must have acknowledged while the killed silo is down: the second was sent after the kill.</summary>
    private const int ServedWhileDown = 2;

    private static readonly TimeSpan LongestAcceptableGap = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(90);

    private static int Kills =>
        int.TryParse(Environment.GetEnvironmentVariable("NR_FAILOVER_KILLS"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;

    [Fact(Timeout = 600_000)]
    public Task Killed_silo_loses_no_acknowledged_command_and_service_resumes_while_it_is_down() =>
        FaultScenario.RunAsync(output, Silos, RunScenarioAsync);

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

        log.Info($"institution {institution.Bin}, {learners.Count} learners");

        log.Phase($"{Workers} workers submitting, reviewing, comparing and deciding");
        var acknowledgements = new AcknowledgementLog();
        using var pool = new WorkerPool(learners.Select((learner, i) =>
            new Worker(i, learner.Key, learner.Value, institution, api, acknowledgements, log)));
        await pool.WhileRunningAsync(acknowledgements.WaitForCountAsync(Workers * 4, LoadTimeout, "warm-up before the kill"));
        log.Info($"{acknowledgements.Count} commands acknowledged, {timeline.Successes} successful answers");

        for (var kill = 1; kill <= Kills; kill++)
        {
            await KillAndRestartAsync(kill, cluster, log, verdicts, pool, acknowledgements, timeline, learners.Keys);
        }

        log.Phase("stopping the workers");
        var workerFailures = await pool.StopAsync(LoadTimeout);
        LogLoad(log, acknowledgements, timeline);
        verdicts.NoProblems("every worker got a definite, expected answer to every command", workerFailures, $"{Workers} workers");

        log.Phase("restarting every silo and the gateway");
        await cluster.RestartEverythingAsync();

        log.Phase("checking through the API");
        var apiChecks = new ApiChecks(api, learners, verdicts);
        await apiChecks.EveryAcknowledgedCommandIsReadableOnceAsync(acknowledgements.Acknowledged);
        await apiChecks.LearnerListingsShowEachApplicationOnceAsync(acknowledgements.Submissions, acknowledgements.Acknowledged);

        log.Phase("checking through SQL");
        await using var database = NpgsqlDataSource.Create(cluster.ConnectionString);
        await new EventLogChecks(database, verdicts).RunAsync(institution.Bin, acknowledgements.Submissions, acknowledgements.Acknowledged);
    }

    /// <summary>
    /// One kill: SIGKILL, then the silo stays down until every worker has had commands acknowledged since (service
    /// resumed without it), then it starts again and the load goes on. Both gaps in successful answers are measured.
    /// </summary>
    private static async Task KillAndRestartAsync(int kill, FaultCluster cluster, PhaseLog log, Verdicts verdicts, WorkerPool pool,
        AcknowledgementLog acknowledgements, AnswerTimeline timeline, IEnumerable<string> learners)
    {
        log.Phase($"kill {kill} of {Kills}: SIGKILL to silo {VictimSilo}; it stays down until every worker is served again");
        var killedAt = log.Now;
        cluster.KillSilo(VictimSilo);
        await pool.WhileRunningAsync(Eventually.TrueAsync(() => acknowledgements.FewestPerLearnerSince(killedAt, learners) >= ServedWhileDown,
            $"each of the {Workers} workers to have {ServedWhileDown} commands acknowledged while silo {VictimSilo} is down", LoadTimeout));
        var restartedAt = log.Now;
        var gap = timeline.LongestGap(killedAt, restartedAt);
        log.Info($"every worker served again while silo {VictimSilo} is down: {timeline.SuccessesBetween(killedAt, restartedAt)} successful answers " +
                 $"in the {(restartedAt - killedAt).TotalSeconds:0.00} s it was down");

        log.Phase($"kill {kill} of {Kills}: starting silo {VictimSilo} again");
        await pool.WhileRunningAsync(cluster.StartSiloAsync(VictimSilo));
        var atRejoin = acknowledgements.Count;
        await pool.WhileRunningAsync(acknowledgements.WaitForCountAsync(atRejoin + (Workers * 6), LoadTimeout, "load after the killed silo rejoined"));
        var rejoinGap = timeline.LongestGap(restartedAt, log.Now);

        // One line per kill, in a fixed form that benchmarks/failover.sh reads.
        log.Info(string.Create(CultureInfo.InvariantCulture,
            $"measured: kill {kill}: resume gap {gap.Length.TotalSeconds:0.00} s, rejoin gap {rejoinGap.Length.TotalSeconds:0.00} s"));
        verdicts.Check($"kill {kill}: successful answers resume within {LongestAcceptableGap.TotalSeconds:0} s of the silo kill",
            gap.Length <= LongestAcceptableGap, $"longest gap {gap}");
        verdicts.Check($"kill {kill}: successful answers pause for at most {LongestAcceptableGap.TotalSeconds:0} s when the killed silo rejoins",
            rejoinGap.Length <= LongestAcceptableGap, $"longest gap {rejoinGap}");
    }

    private static void LogLoad(PhaseLog log, AcknowledgementLog acknowledgements, AnswerTimeline timeline)
    {
        var acknowledged = acknowledgements.Acknowledged;
        log.Info($"{acknowledgements.Submissions.Count} applications; acknowledged: " +
                 string.Join(", ", acknowledged.GroupBy(a => a.Command).Select(g => $"{g.Count()} {g.Key}")));
        log.Info($"{acknowledged.Count(a => a.Attempts > 1)} commands needed retries (up to {acknowledged.Max(a => a.Attempts)} attempts); " +
                 $"{acknowledgements.AppliedWithoutAcknowledgement.Count} found applied after a refused retry; " +
                 $"{timeline.Successes} successful answers, {timeline.Retryable} answers retried");
        foreach (var (applicationId, command) in acknowledgements.AppliedWithoutAcknowledgement)
        {
            log.Info($"applied, acknowledgement lost (a retry was refused): {command} of {applicationId}");
        }
    }
}
