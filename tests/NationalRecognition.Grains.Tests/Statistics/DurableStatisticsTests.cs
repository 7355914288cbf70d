using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.ReadModels.Statistics;
using NationalRecognition.Persistence.ReadModels.Projector;
using NationalRecognition.Persistence.ReadModels.Statistics;
using NationalRecognition.Testing;
using Npgsql;
using Xunit;

namespace NationalRecognition.Grains.Tests.Statistics;

/// <summary>The statistics on PostgreSQL, kept by the silos' own projectors: exact through concurrency and a silo restart, repairable, fresh.</summary>
[Collection(PostgreSqlWorkflowCollection.Name)]
public sealed class DurableStatisticsTests(PostgreSqlWorkflowFixture fixture) : IAsyncLifetime
{
    private NpgsqlDataSource _dataSource = null!;

    private PostgreSqlStatisticsStore Store => new(_dataSource);

    private PostgreSqlProjectorStore Projector => new(_dataSource);

    private ReadModel Statistics => new(new StatisticsProjection(), Store);

    public Task InitializeAsync()
    {
        _dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Fact]
    public async Task Aggregates_equal_a_recount_after_concurrent_work_across_institutions_and_a_silo_restart()
    {
        var scenario = await StatisticsScenario.Run(fixture.Grains, institutions: 8, perInstitution: 250, seed: 3,
            midway: () => fixture.Cluster.RestartSiloAsync(fixture.Cluster.Silos[^1]));
        await CaughtUp();

        await ScenarioChecks.AggregatesEqualTheRecountAndTheTally(Store, scenario);
    }

    [Fact]
    public async Task Reconciliation_reports_a_drifted_row_and_a_rebuild_repairs_it()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        await campus.Submit(campus.Application(iin, Certificates.Mooc(iin)));
        await CaughtUp();
        await using (var corrupt = _dataSource.CreateCommand(
            "UPDATE statistics_counters SET submitted = submitted + 1 WHERE institution_bin = @bin AND facet = 0"))
        {
            corrupt.Parameters.AddWithValue("bin", campus.Bin);
            Assert.Equal(1, await corrupt.ExecuteNonQueryAsync());
        }

        var drifted = await Store.ReconcileAsync(CancellationToken.None);
        await Projector.ResetAsync(Statistics, CancellationToken.None);
        while (await Projector.ApplyNextBatchAsync(Statistics, 5000, CancellationToken.None) > 0)
        {
        }

        var drift = Assert.Single(drifted.Drifts);
        Assert.Equal((campus.Bin, 2L, 1L), (drift.Key.Group.InstitutionBin, drift.Stored.Applications, drift.Recounted.Applications));
        Assert.True((await Store.ReconcileAsync(CancellationToken.None)).IsExact);
    }

    [Fact]
    public async Task An_acknowledged_submission_reaches_the_statistics_through_the_silos_projector()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        await campus.Submit(campus.Application(iin, Certificates.Mooc(iin)));

        // The silos' own projector, not a test helper, applies the event; the test waits for it, not for a time.
        var counted = await Eventually.Reach(
            () => Store.SumAsync(new StatisticsQuery(StatisticsFacet.All, new StatisticsFilter(InstitutionBin: campus.Bin), []), CancellationToken.None),
            cells => cells.Count == 1, "the statistics to count the submission");

        Assert.Equal(1, counted[0].Counts!.Applications);
    }

    private async Task CaughtUp() =>
        await Eventually.Reach(() => Projector.StatusAsync(Statistics, CancellationToken.None), s => s.EventsBehind == 0,
            "the statistics projection to apply the whole log");
}
