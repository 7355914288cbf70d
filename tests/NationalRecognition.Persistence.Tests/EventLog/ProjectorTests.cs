using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Projections;
using NationalRecognition.Grains.Statistics;
using NationalRecognition.Persistence.EventLog;
using NationalRecognition.Testing;
using Npgsql;

namespace NationalRecognition.Persistence.Tests.EventLog;

/// <summary>
/// The projector's batches on PostgreSQL: each event takes effect exactly once, nothing committed late is skipped,
/// and a rebuild from the log equals the incremental result.
/// </summary>
public sealed class ProjectorTests : IAsyncLifetime
{
    private const string ServiceId = "projector-tests";
    private readonly PostgreSqlDatabaseFixture _database = new();
    private NpgsqlDataSource _dataSource = null!;
    private PostgreSqlEventStore _store = null!;
    private PostgreSqlReadModels _readModels = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        _store = new PostgreSqlEventStore(_dataSource, ServiceId);
        _readModels = new PostgreSqlReadModels(_dataSource);
    }

    public async Task DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_batch_that_dies_before_its_commit_applies_nothing_and_the_next_run_applies_every_event_once()
    {
        var applications = new LoggedApplications(_store, TestIdentities.NewBin());
        foreach (var id in await SubmitAsync(applications, 5))
        {
            await applications.StartReviewAsync(id);
        }

        // The listing rows are written, then the audit rows fail, before the checkpoint and the commit.
        await Assert.ThrowsAnyAsync<PostgresException>(() =>
            _readModels.ApplyNextBatchAsync(new DyingProjection(), 100, CancellationToken.None));

        Assert.Equal(0L, await CountAsync("application_listing"));
        Assert.Equal(10L, (await _readModels.StatusAsync(new ListingProjection(), CancellationToken.None)).EventsBehind);

        Assert.Equal(10, await CatchUpAsync(new ListingProjection(), batchSize: 3));
        Assert.Equal(applications.Versions.OrderBy(v => v.Key), await ListedVersionsAsync());
        Assert.Equal(0L, (await _readModels.StatusAsync(new ListingProjection(), CancellationToken.None)).EventsBehind);
    }

    [Fact]
    public async Task Two_projectors_at_once_apply_each_event_once()
    {
        var applications = new LoggedApplications(_store, TestIdentities.NewBin());
        await SubmitAsync(applications, 40);

        var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CatchUpAsync(new AuditProjection(), batchSize: 5)));

        Assert.Equal(40, applied.Sum());
        Assert.Equal(40L, await CountAsync("audit_log"));
    }

    [Fact]
    public async Task An_event_committed_after_a_later_one_is_not_skipped()
    {
        var bin = TestIdentities.NewBin();
        await using var early = await _dataSource.OpenConnectionAsync();
        await using var transaction = await early.BeginTransactionAsync();
        await using (var hold = new NpgsqlCommand("""
            INSERT INTO recognition_events (stream_id, stream_version, event_type, schema_version, payload, occurred_at, subject_id, role, institution_bin)
            VALUES ('test/early', NULL, 'CommandRefused', 1, '{"action":"x","target":"test/early","outcome":"Refused","code":"Conflict"}', now(), 's', 'Learner', @bin)
            """, early, transaction))
        {
            // The earlier transaction takes its id and position now, and commits only after a later one.
            hold.Parameters.AddWithValue("bin", bin);
            await hold.ExecuteNonQueryAsync();
        }

        await new LoggedApplications(_store, bin).SubmitAsync();
        while (await _readModels.ApplyNextBatchAsync(new AuditProjection(), 100, CancellationToken.None) > 0)
        {
        }

        Assert.Equal(0L, await CountAsync("audit_log", bin));

        await transaction.CommitAsync();
        await CatchUpAsync(new AuditProjection(), batchSize: 100);

        Assert.Equal(2L, await CountAsync("audit_log", bin));
    }

    [Fact]
    public async Task Events_are_applied_in_transaction_order_even_when_transaction_ids_have_different_numbers_of_digits()
    {
        // Transaction 9 before transaction 10: as text, "10" sorts first, and a batch taken in that order would move the
        // checkpoint past transaction 9's event before applying it.
        var bin = TestIdentities.NewBin();
        await using (var insert = _dataSource.CreateCommand("""
            INSERT INTO recognition_events (transaction_id, stream_id, stream_version, event_type, schema_version, payload, occurred_at, subject_id, role, institution_bin)
            VALUES ('9', 'test/nine', NULL, 'CommandRefused', 1, '{"action":"x","target":"test/nine","outcome":"Refused","code":"Conflict"}', now(), 's', 'Learner', @bin),
                   ('10', 'test/ten', NULL, 'CommandRefused', 1, '{"action":"x","target":"test/ten","outcome":"Refused","code":"Conflict"}', now(), 's', 'Learner', @bin)
            """))
        {
            insert.Parameters.AddWithValue("bin", bin);
            await insert.ExecuteNonQueryAsync();
        }

        await CatchUpAsync(new AuditProjection(), batchSize: 1);

        Assert.Equal(2L, await CountAsync("audit_log", bin));
    }

    [Fact]
    public async Task A_rebuild_from_the_log_equals_the_incremental_result()
    {
        var applications = new LoggedApplications(_store, TestIdentities.NewBin());
        var first = await SubmitAsync(applications, 6);
        await CatchUpAsync(new ListingProjection(), batchSize: 4);
        await CatchUpAsync(new AuditProjection(), batchSize: 4);
        foreach (var id in first.Take(3))
        {
            await applications.StartReviewAsync(id);
        }

        await SubmitAsync(applications, 2);
        await CatchUpAsync(new ListingProjection(), batchSize: 4);
        await CatchUpAsync(new AuditProjection(), batchSize: 4);
        var incremental = (await SnapshotAsync("application_listing"), await SnapshotAsync("audit_log"));

        foreach (var projection in new IProjection[] { new ListingProjection(), new AuditProjection() })
        {
            await _readModels.ResetAsync(projection, CancellationToken.None);
            await CatchUpAsync(projection, batchSize: 1000);
        }

        Assert.Equal(incremental, (await SnapshotAsync("application_listing"), await SnapshotAsync("audit_log")));
        Assert.Equal(applications.Versions.OrderBy(v => v.Key), await ListedVersionsAsync());
    }

    [Fact]
    public async Task The_operator_command_rebuilds_every_projection_to_the_same_rows()
    {
        var applications = new LoggedApplications(_store, TestIdentities.NewBin());
        foreach (var id in await SubmitAsync(applications, 4))
        {
            await applications.StartReviewAsync(id);
        }

        await CatchUpAsync(new ListingProjection(), batchSize: 3);
        await CatchUpAsync(new AuditProjection(), batchSize: 3);
        var incremental = (await SnapshotAsync("application_listing"), await SnapshotAsync("audit_log"));

        Assert.Equal(0, await Silo.SiloCommandLine.RunAsync(["projections", "rebuild", "--connection-string", _database.ConnectionString]));
        Assert.Equal(2, await Silo.SiloCommandLine.RunAsync(["projections", "rebuild", "--projection", "nothing", "--connection-string", _database.ConnectionString]));

        Assert.Equal(incremental, (await SnapshotAsync("application_listing"), await SnapshotAsync("audit_log")));
    }

    [Fact]
    public async Task The_operator_command_reports_statistics_drift_and_rebuilds_them_exact()
    {
        var applications = new LoggedApplications(_store, TestIdentities.NewBin());
        foreach (var id in await SubmitAsync(applications, 3))
        {
            await applications.StartReviewAsync(id);
        }

        await CatchUpAsync(new StatisticsProjection(), batchSize: 2);
        var arguments = new[] { "projections", "reconcile", "--connection-string", _database.ConnectionString };
        Assert.Equal(0, await Silo.SiloCommandLine.RunAsync(arguments));

        await using (var corrupt = _dataSource.CreateCommand("UPDATE statistics_counters SET under_review = under_review - 1 WHERE facet = 0"))
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
        var applications = new LoggedApplications(_store, TestIdentities.NewBin());
        await SubmitAsync(applications, 3);
        await CatchUpAsync(new StatisticsProjection(), batchSize: 2);
        await using (var corrupt = _dataSource.CreateCommand("UPDATE statistics_rollup SET submitted = submitted + 1 WHERE facet = 0"))
        {
            Assert.Equal(1, await corrupt.ExecuteNonQueryAsync());
        }

        var drifted = await _readModels.ReconcileAsync(CancellationToken.None);
        var arguments = new[] { "projections", "reconcile", "--connection-string", _database.ConnectionString, "--rebuild" };
        Assert.Equal(0, await Silo.SiloCommandLine.RunAsync(arguments));

        var drift = Assert.Single(drifted.Drifts);
        Assert.Equal((null, 4L, 3L), (drift.Key.Group.InstitutionBin, drift.Stored.Applications, drift.Recounted.Applications));
        Assert.True((await _readModels.ReconcileAsync(CancellationToken.None)).IsExact);
    }

    [Fact]
    public async Task The_rollup_migration_rebuilds_the_rollup_of_statistics_kept_before_it()
    {
        foreach (var bin in new[] { TestIdentities.NewBin(), TestIdentities.NewBin() })
        {
            var applications = new LoggedApplications(_store, bin);
            foreach (var id in await SubmitAsync(applications, 3))
            {
                await applications.StartReviewAsync(id);
            }
        }

        await CatchUpAsync(new StatisticsProjection(), batchSize: 4);
        var kept = await SnapshotAsync("statistics_rollup");
        await using (var empty = _dataSource.CreateCommand("TRUNCATE statistics_rollup"))
        {
            await empty.ExecuteNonQueryAsync();
        }

        var script = MigrationScripts.All.Single(m => m.Name.Contains("statistics_rollup", StringComparison.Ordinal));
        await using (var migrate = _dataSource.CreateCommand(script.Sql))
        {
            await migrate.ExecuteNonQueryAsync();
        }

        Assert.NotEmpty(kept);
        Assert.Equal(kept, await SnapshotAsync("statistics_rollup"));
        Assert.True((await _readModels.ReconcileAsync(CancellationToken.None)).IsExact);
    }

    [Fact]
    public async Task A_question_the_rollup_answers_gets_the_figures_the_full_rows_give()
    {
        foreach (var bin in new[] { TestIdentities.NewBin(), TestIdentities.NewBin(), TestIdentities.NewBin() })
        {
            var applications = new LoggedApplications(_store, bin);
            foreach (var id in (await SubmitAsync(applications, 4)).Take(2))
            {
                await applications.StartReviewAsync(id);
            }
        }

        await CatchUpAsync(new StatisticsProjection(), batchSize: 5);
        var byRegion = new StatisticsQuery(StatisticsFacet.All, StatisticsFilter.None, [StatisticsDimension.Region]);
        // Grouping by institution as well makes the same question read the full rows; summed per region it must agree.
        var fromFullRows = new StatisticsQuery(StatisticsFacet.All, StatisticsFilter.None, [StatisticsDimension.Region, StatisticsDimension.Institution]);

        var rollup = await _readModels.SumAsync(byRegion, CancellationToken.None);
        var full = (await _readModels.SumAsync(fromFullRows, CancellationToken.None))
            .GroupBy(c => c.Group.Region?.ToString() ?? "not known")
            .ToDictionary(g => g.Key, g => g.Select(c => c.Counts!).Aggregate((a, b) => a.Add(b)));

        Assert.True(StatisticsRollup.Answers(byRegion));
        Assert.False(StatisticsRollup.Answers(fromFullRows));
        Assert.Equal(full.Count, rollup.Count);
        Assert.All(rollup, cell => Assert.True(cell.Counts!.SameAs(full[cell.Group.Region?.ToString() ?? "not known"]), $"region {cell.Group.Region}"));
        Assert.Equal(12L, rollup.Sum(c => c.Counts!.Applications));
    }

    private static async Task<List<Guid>> SubmitAsync(LoggedApplications applications, int count)
    {
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await applications.SubmitAsync());
        }

        return ids;
    }

    /// <summary>
    /// Applies batches until nothing committed is left. A batch only takes transactions older than every running one
    /// on the server, and other tests share the server, so an empty batch can mean "not yet" rather than "done".
    /// </summary>
    private async Task<int> CatchUpAsync(IProjection projection, int batchSize)
    {
        var total = 0;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var applied = await _readModels.ApplyNextBatchAsync(projection, batchSize, CancellationToken.None);
            total += applied;
            if (applied == 0)
            {
                if ((await _readModels.StatusAsync(projection, CancellationToken.None)).EventsBehind == 0)
                {
                    return total;
                }

                Assert.True(DateTime.UtcNow < deadline, $"The {projection.Name} projection did not catch up with the log within 30 s.");
                await Task.Delay(20);
            }
        }
    }

    private async Task<long> CountAsync(string table, string? institutionBin = null)
    {
        await using var command = _dataSource.CreateCommand(institutionBin is null
            ? $"SELECT count(*) FROM {table}"
            : $"SELECT count(*) FROM {table} WHERE scope = @bin");
        if (institutionBin is not null)
        {
            command.Parameters.AddWithValue("bin", institutionBin);
        }

        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<KeyValuePair<Guid, int>>> ListedVersionsAsync()
    {
        await using var command = _dataSource.CreateCommand("SELECT application_id, version FROM application_listing ORDER BY application_id");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<KeyValuePair<Guid, int>>();
        while (await reader.ReadAsync())
        {
            rows.Add(new(reader.GetGuid(0), reader.GetInt32(1)));
        }

        return rows.OrderBy(r => r.Key).ToList();
    }

    /// <summary>Every row of a read model as text, in a stable order.</summary>
    private async Task<string> SnapshotAsync(string table)
    {
        await using var command = _dataSource.CreateCommand($"SELECT string_agg(t::text, E'\\n' ORDER BY t::text) FROM {table} t");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The listings projection, plus an audit row the database refuses: the batch dies after writing its listing rows.</summary>
    private sealed class DyingProjection : IProjection
    {
        private readonly ListingProjection _listings = new();

        public string Name => ListingProjection.ProjectionName;

        public IEnumerable<ReadModelChange> Project(RecordedEvent recorded) =>
            _listings.Project(recorded).Append(new AuditAppend(null!, new AuditRecord(
                recorded.Position.Position, recorded.OccurredAt, recorded.SubjectId, default, null, "dies", "here", AuditOutcome.Succeeded, null)));
    }
}
