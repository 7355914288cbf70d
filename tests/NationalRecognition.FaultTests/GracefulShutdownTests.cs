using NationalRecognition.FaultTests.Api;
using NationalRecognition.FaultTests.Checks;
using NationalRecognition.FaultTests.Processes;
using NationalRecognition.FaultTests.Workload;
using NationalRecognition.Testing;

namespace NationalRecognition.FaultTests;

/// <summary>
/// A rolling restart's step: SIGTERM to one silo of a two-silo PostgreSQL cluster, with the shipped failure-detection
/// settings (1 s probes, 5 s response timeout), while workers submit, review, compare and decide through the gateway.
/// The silo leaves the cluster cleanly and no request fails: every answer from the SIGTERM on is a success, none asks
/// the client to retry.
/// </summary>
public sealed class GracefulShutdownTests(ITestOutputHelper output)
{
    private const int Silos = 2;
    private const int Workers = 4;
    private const int StoppedSilo = 1;
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(90);

    [Fact(Timeout = 240_000)]
    public Task SIGTERM_to_one_of_two_silos_under_load_with_the_shipped_settings_fails_no_request() =>
        FaultScenario.RunAsync(output, Silos, RunScenarioAsync);

    private static async Task RunScenarioAsync(FaultCluster cluster, PhaseLog log, Verdicts verdicts)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var timeline = new AnswerTimeline(log);
        var api = new GatewayApi(http, cluster.GatewayAddress, timeline);
        var tokens = new IdentityTokens(http, cluster.IdentityAddress);
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
        await pool.WhileRunningAsync(acknowledgements.WaitForCountAsync(Workers * 3, LoadTimeout, "warm-up before the SIGTERM"));
        var retriesBefore = timeline.Retryable;

        log.Phase($"SIGTERM to silo {StoppedSilo}");
        var stop = cluster.StopSiloAsync(StoppedSilo);
        await pool.WhileRunningAsync(stop);
        var exitCode = await stop;
        var atStop = acknowledgements.Count;
        await pool.WhileRunningAsync(acknowledgements.WaitForCountAsync(atStop + (Workers * 4), LoadTimeout, "load on the remaining silo"));

        log.Phase("stopping the workers");
        var workerFailures = await pool.StopAsync(LoadTimeout);
        var retried = timeline.Retryable - retriesBefore;
        log.Info($"{acknowledgements.Count} commands acknowledged, {timeline.Successes} successful answers, {retried} retryable answers after the SIGTERM");
        verdicts.Check("the stopped silo exited cleanly", exitCode == 0, $"exit code {exitCode}");
        verdicts.NoProblems("every worker got a definite, expected answer to every command", workerFailures, $"{Workers} workers");
        verdicts.Check("no request failed from the SIGTERM on (no answer asked for a retry)", retried == 0, $"{retried} retryable answers");
    }
}
