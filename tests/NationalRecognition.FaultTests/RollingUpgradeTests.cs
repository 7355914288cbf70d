using NationalRecognition.FaultTests.Api;
using NationalRecognition.FaultTests.Checks;
using NationalRecognition.FaultTests.Processes;
using NationalRecognition.FaultTests.Releases;
using NationalRecognition.FaultTests.Workload;
using NationalRecognition.Testing;
using Npgsql;

namespace NationalRecognition.FaultTests;

/// <summary>
/// A rolling upgrade from the previous release (<c>releases/previous</c>, built from the repository's history) to this
/// tree, as docs/deployment.md has operators do it, on one PostgreSQL database and one cluster id: the previous
/// release writes applications, decisions, statistics and feed batches; the new release's schema goes first; a new
/// gateway joins while only the old silo serves, then a new silo, then the old silo leaves while the old gateway still
/// serves — so new gateways call old silos and old gateways call new ones — all under continuous load. Afterwards
/// the API (through both gateways) and SQL must show every acknowledged command and every feed batch exactly once,
/// read back as written, with nothing refused on the way and statistics that equal a recount of the log.
/// </summary>
[Collection("Fault tests")]
public sealed class RollingUpgradeTests(ITestOutputHelper output)
{
    private const int WorkersPerGateway = 3;
    private const int FeedBatchSize = 20;

    /// <summary>The statistics show no cell smaller than this (small-cell suppression, docs/security.md).</summary>
    private const int SmallestShownCount = 5;
    private static readonly TimeSpan LoadTimeout = TimeSpan.FromSeconds(120);

    [Fact(Timeout = 1_500_000)]
    public async Task Rolling_upgrade_from_the_previous_release_under_load_loses_misreads_and_refuses_nothing()
    {
        var log = new PhaseLog(output);
        var release = PreviousRelease.Read();
        log.Phase($"the previous release: {release.Tag} ({release.Commit})");
        var old = await ReleaseBuilds.GetAsync(release, log);
        var oldEstablishCommission = await release.ExampleAsync("establish-commission");

        log.Phase("starting PostgreSQL and the identity provider");
        await using var cluster = await RollingCluster.StartAsync(log, PatientLiveness.Environment);
        await FaultScenario.CheckAsync(output, cluster, log,
            verdicts => RunScenarioAsync(cluster, old, oldEstablishCommission, PlatformBuild.Current, log, verdicts));
    }

    private static async Task RunScenarioAsync(
        RollingCluster cluster, PlatformBuild old, string oldEstablishCommission, PlatformBuild current, PhaseLog log, Verdicts verdicts)
    {
        log.Phase("the previous release's schema, silo and gateway");
        await cluster.MigrateAsync(old);
        var oldSilo = await cluster.StartSiloAsync(old);
        var (oldGateway, oldAddress) = await cluster.StartGatewayAsync(old);

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var timeline = new AnswerTimeline(log);
        var oldApi = new GatewayApi(http, oldAddress, timeline);
        var tokens = new IdentityTokens(http, cluster.IdentityAddress);

        log.Phase("the previous release writes: an institution, applications and decisions, statistics, feed batches");
        var institution = await SeededInstitution.CreateAsync(oldApi, tokens, oldEstablishCommission);
        var learners = new Dictionary<string, string>();
        for (var i = 0; i < 2 * WorkersPerGateway; i++)
        {
            var iin = TestIdentities.NewIin();
            learners[iin] = await tokens.IssueAsync($"learner-{iin}", "Learner", iin: iin);
        }

        var administrator = await tokens.IssueAsync("administrator-upgrade", "PlatformAdministrator");
        var feed = await ExchangeFeed.StartAsync(oldApi, tokens);
        var acknowledgements = new AcknowledgementLog();
        using var oldPool = Workers(learners.Take(WorkersPerGateway), 0, institution, oldApi, acknowledgements, log);
        await oldPool.WhileRunningAsync(feed.SendAsync(oldApi, "old-silo-old-gateway", FeedBatchSize));
        await oldPool.WhileRunningAsync(acknowledgements.WaitForCountAsync(WorkersPerGateway * 4, LoadTimeout, "load on the previous release"));
        var statisticsThroughOld = new StatisticsChecks(oldApi, administrator, institution.Bin, verdicts);
        await oldPool.WhileRunningAsync(statisticsThroughOld.WaitForAtLeastAsync(SmallestShownCount, "the previous release's projector"));

        log.Phase("schema first: the new release's migration while the old silo serves");
        await oldPool.WhileRunningAsync(cluster.MigrateAsync(current));

        log.Phase("a new gateway joins: the new gateway against the old silo, beside the old gateway");
        var startingGateway = cluster.StartGatewayAsync(current);
        await oldPool.WhileRunningAsync(startingGateway);
        var newApi = new GatewayApi(http, (await startingGateway).Address, timeline);
        using var newPool = Workers(learners.Skip(WorkersPerGateway), WorkersPerGateway, institution, newApi, acknowledgements, log);
        Task Both(Task awaited) => oldPool.WhileRunningAsync(newPool.WhileRunningAsync(awaited));
        await Both(feed.SendAsync(newApi, "old-silo-new-gateway", FeedBatchSize));
        await Both(acknowledgements.WaitForCountAsync(acknowledgements.Count + (WorkersPerGateway * 4), LoadTimeout, "load with the new gateway"));

        log.Phase("a new silo joins: old and new silos side by side behind old and new gateways");
        var startingSilo = cluster.StartSiloAsync(current);
        await Both(startingSilo);
        await Both(feed.SendAsync(oldApi, "mixed-silos-old-gateway", FeedBatchSize));
        await Both(feed.SendAsync(newApi, "mixed-silos-new-gateway", FeedBatchSize));
        await Both(acknowledgements.WaitForCountAsync(acknowledgements.Count + (WorkersPerGateway * 4), LoadTimeout, "load on the mixed cluster"));

        log.Phase("the old silo leaves (SIGTERM): the old gateway against the new silo");
        var stoppingSilo = cluster.StopAsync(oldSilo);
        await Both(stoppingSilo);
        verdicts.Check("the old silo left the cluster cleanly", await stoppingSilo == 0, $"exit code {await stoppingSilo}");
        await Both(feed.SendAsync(oldApi, "new-silo-old-gateway", FeedBatchSize));
        await Both(acknowledgements.WaitForCountAsync(acknowledgements.Count + (WorkersPerGateway * 4), LoadTimeout, "load on the new silo"));

        log.Phase("the old gateway's workers stop; everything read back through the old gateway (served by the new silo)");
        var failures = (await oldPool.StopAsync(LoadTimeout)).ToList();
        await newPool.WhileRunningAsync(new ApiChecks(oldApi, learners, verdicts).EveryAcknowledgedCommandIsReadableOnceAsync(acknowledgements.Acknowledged));

        log.Phase("the old gateway leaves (SIGTERM)");
        var stoppingGateway = cluster.StopAsync(oldGateway);
        await newPool.WhileRunningAsync(stoppingGateway);
        verdicts.Check("the old gateway stopped cleanly", await stoppingGateway == 0, $"exit code {await stoppingGateway}");
        await newPool.WhileRunningAsync(acknowledgements.WaitForCountAsync(acknowledgements.Count + (WorkersPerGateway * 2), LoadTimeout, "load on the new release alone"));

        log.Phase("stopping the workers");
        failures.AddRange(await newPool.StopAsync(LoadTimeout));
        var acknowledged = acknowledgements.Acknowledged;
        log.Info($"{acknowledgements.Submissions.Count} applications; acknowledged: " +
                 string.Join(", ", acknowledged.GroupBy(a => a.Command).Select(g => $"{g.Count()} {g.Key}")) +
                 $"; {feed.Sent.Count} feed batches; {timeline.Successes} successful answers, {timeline.Retryable} answers retried");
        verdicts.NoProblems("every worker got a definite, expected answer to every command (nothing refused)", failures,
            $"{2 * WorkersPerGateway} workers");
        verdicts.Check("no request failed during the roll (no answer asked for a retry)", timeline.Retryable == 0,
            $"{timeline.Retryable} retryable answers of {timeline.Successes + timeline.Retryable}");

        log.Phase("checking through the new gateway");
        var apiChecks = new ApiChecks(newApi, learners, verdicts);
        await apiChecks.EveryAcknowledgedCommandIsReadableOnceAsync(acknowledged);
        await apiChecks.LearnerListingsShowEachApplicationOnceAsync(acknowledgements.Submissions, acknowledged);
        var feedChecks = new FeedChecks(feed, verdicts);
        await feedChecks.EveryBatchReplaysItsFirstAnswerAsync(newApi);
        await feedChecks.EveryAcceptedCertificateIsReadableAsync(newApi);
        await new StatisticsChecks(newApi, administrator, institution.Bin, verdicts).CountEverySubmissionAndDecisionOnceAsync(acknowledgements);

        log.Phase("checking through SQL");
        await using var database = NpgsqlDataSource.Create(cluster.ConnectionString);
        await new EventLogChecks(database, verdicts).RunAsync(institution.Bin, acknowledgements.Submissions, acknowledged);
        await feedChecks.EveryCertificateAndBatchIsLoggedOnceAsync(database);
        var reconcile = await cluster.RunSiloCommandAsync(current, "reconcile",
            ["projections", "reconcile", "--connection-string", cluster.ConnectionString]);
        verdicts.Check("the new release's 'projections reconcile' finds the statistics equal to a recount of the log",
            await reconcile.Exited == 0, $"exit code {await reconcile.Exited}{Environment.NewLine}{reconcile.Tail(10)}");
    }

    private static WorkerPool Workers(IEnumerable<KeyValuePair<string, string>> learners, int firstNumber, SeededInstitution institution,
        GatewayApi api, AcknowledgementLog acknowledgements, PhaseLog log) =>
        new(learners.Select((learner, i) => new Worker(firstNumber + i, learner.Key, learner.Value, institution, api, acknowledgements, log)));
}
