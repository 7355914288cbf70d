using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Grains.ReadModels.Statistics;
using NationalRecognition.Testing;

namespace NationalRecognition.Persistence.Tests.ReadModels.Statistics;

/// <summary>The statistics on PostgreSQL: the national rollup agrees with the full rows, and a drift is found and repaired.</summary>
public sealed class StatisticsStoreTests : ReadModelDatabase
{
    [Fact]
    public async Task The_operator_command_reports_statistics_drift_and_rebuilds_them_exact()
    {
        var applications = NewApplications();
        foreach (var id in await SubmitAsync(applications, 3))
        {
            await applications.StartReviewAsync(id);
        }

        await CatchUpAsync(Statistics, batchSize: 2);
        var arguments = new[] { "projections", "reconcile", "--connection-string", ConnectionString };
        Assert.Equal(0, await Silo.SiloCommandLine.RunAsync(arguments));

        await using (var corrupt = DataSource.CreateCommand("UPDATE statistics_counters SET under_review = under_review - 1 WHERE facet = 0"))
        {
            Assert.Equal(1, await corrupt.ExecuteNonQueryAsync());
        }

        Assert.Equal(3, await Silo.SiloCommandLine.RunAsync(arguments));
        Assert.Equal(0, await Silo.SiloCommandLine.RunAsync([.. arguments, "--rebuild"]));
        Assert.Equal(0, await Silo.SiloCommandLine.RunAsync(arguments));
    }

    [Fact]
    public async Task A_drifted_national_rollup_row_is_reported_and_a_rebuild_repairs_it()
    {
        var applications = NewApplications();
        await SubmitAsync(applications, 3);
        await CatchUpAsync(Statistics, batchSize: 2);
        await using (var corrupt = DataSource.CreateCommand("UPDATE statistics_rollup SET submitted = submitted + 1 WHERE facet = 0"))
        {
            Assert.Equal(1, await corrupt.ExecuteNonQueryAsync());
        }

        var drifted = await StatisticsStore.ReconcileAsync(CancellationToken.None);
        var arguments = new[] { "projections", "reconcile", "--connection-string", ConnectionString, "--rebuild" };
        Assert.Equal(0, await Silo.SiloCommandLine.RunAsync(arguments));

        var drift = Assert.Single(drifted.Drifts);
        Assert.Equal((null, 4L, 3L), (drift.Key.Group.InstitutionBin, drift.Stored.Applications, drift.Recounted.Applications));
        Assert.True((await StatisticsStore.ReconcileAsync(CancellationToken.None)).IsExact);
    }

    [Fact]
    public async Task The_rollup_migration_rebuilds_the_rollup_of_statistics_kept_before_it()
    {
        foreach (var bin in new[] { TestIdentities.NewBin(), TestIdentities.NewBin() })
        {
            var applications = NewApplications(bin);
            foreach (var id in await SubmitAsync(applications, 3))
            {
                await applications.StartReviewAsync(id);
            }
        }

        await CatchUpAsync(Statistics, batchSize: 4);
        // The columns migration 0006 makes; the published sums are migration 0008's, which rebuilds the statistics from the log.
        const string Columns = "facet, facet_value, ministry, region, month, submitted, under_review, recognised, partly_recognised, not_recognised, "
            + "withdrawn, decided_recognised, decided_partly, decided_not, units_recognised, units_refused, credits_recognised, decision_hours, refusals";
        var kept = await SnapshotAsync("statistics_rollup", Columns);
        await using (var empty = DataSource.CreateCommand("TRUNCATE statistics_rollup"))
        {
            await empty.ExecuteNonQueryAsync();
        }

        var script = MigrationScripts.All.Single(m => m.Name.Contains("statistics_rollup", StringComparison.Ordinal));
        await using (var migrate = DataSource.CreateCommand(script.Sql))
        {
            await migrate.ExecuteNonQueryAsync();
        }

        Assert.NotEmpty(kept);
        Assert.Equal(kept, await SnapshotAsync("statistics_rollup", Columns));
        Assert.All((await StatisticsStore.ReconcileAsync(CancellationToken.None)).Drifts, d => Assert.True(d.Stored.SameAs(d.Recounted), d.ToString()));
    }

    [Fact]
    public async Task A_question_the_rollup_answers_gets_the_figures_the_full_rows_give()
    {
        foreach (var bin in new[] { TestIdentities.NewBin(), TestIdentities.NewBin(), TestIdentities.NewBin() })
        {
            var applications = NewApplications(bin);
            foreach (var id in (await SubmitAsync(applications, 4)).Take(2))
            {
                await applications.StartReviewAsync(id);
            }
        }

        await CatchUpAsync(Statistics, batchSize: 5);
        var byRegion = new StatisticsQuery(StatisticsFacet.All, StatisticsFilter.None, [StatisticsDimension.Region]);
        // Grouping by institution as well makes the same question read the full rows; summed per region it must agree.
        var fromFullRows = new StatisticsQuery(StatisticsFacet.All, StatisticsFilter.None, [StatisticsDimension.Region, StatisticsDimension.Institution]);

        var rollup = await StatisticsStore.SumAsync(byRegion, CancellationToken.None);
        var full = (await StatisticsStore.SumAsync(fromFullRows, CancellationToken.None))
            .GroupBy(c => c.Group.Region?.ToString() ?? "not known")
            .ToDictionary(g => g.Key, g => g.Select(c => c.Counts!).Aggregate((a, b) => a.Add(b)));

        Assert.True(StatisticsRollup.Answers(byRegion));
        Assert.False(StatisticsRollup.Answers(fromFullRows));
        Assert.Equal(full.Count, rollup.Count);
        Assert.All(rollup, cell => Assert.True(cell.Counts!.SameAs(full[cell.Group.Region?.ToString() ?? "not known"]), $"region {cell.Group.Region}"));
        Assert.Equal(12L, rollup.Sum(c => c.Counts!.Applications));
    }

    [Fact]
    public async Task Published_figures_read_from_the_rollup_are_the_sums_of_the_full_rows_published_figures()
    {
        foreach (var bin in new[] { TestIdentities.NewBin(), TestIdentities.NewBin(), TestIdentities.NewBin() })
        {
            var applications = NewApplications(bin);
            foreach (var id in (await SubmitAsync(applications, 3)).Take(2))
            {
                await applications.StartReviewAsync(id);
            }
        }

        await CatchUpAsync(Statistics, batchSize: 2);
        var byRegion = new StatisticsQuery(StatisticsFacet.All, StatisticsFilter.None, [StatisticsDimension.Region]);
        var fromFullRows = new StatisticsQuery(StatisticsFacet.All, StatisticsFilter.None, [StatisticsDimension.Region, StatisticsDimension.Institution]);

        var rollup = await StatisticsStore.PublishedSumAsync(byRegion, CancellationToken.None);
        var full = (await StatisticsStore.PublishedSumAsync(fromFullRows, CancellationToken.None))
            .GroupBy(c => c.Group.Region?.ToString() ?? "not known")
            .ToDictionary(g => g.Key, g => g.Select(c => c.Counts!).Aggregate((a, b) => a.Add(b)));

        Assert.All(rollup, cell => Assert.True(cell.Counts!.SameAs(full[cell.Group.Region?.ToString() ?? "not known"]), $"region {cell.Group.Region}"));
        Assert.True((await StatisticsStore.ReconcileAsync(CancellationToken.None)).IsExact);
    }

    [Fact]
    public async Task The_database_perturbs_as_the_code_does_for_every_value_class_and_cell_key()
    {
        await using var command = DataSource.CreateCommand(
            "SELECT v, k, statistics_noise(v, k) FROM generate_series(0, 4) v, generate_series(-300, 600) k");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            Assert.Equal(CellKeyPerturbation.Noise(reader.GetInt32(0), reader.GetInt32(1)), reader.GetInt64(2));
        }

        Assert.Equal(5 * 901, rows);
    }
}
