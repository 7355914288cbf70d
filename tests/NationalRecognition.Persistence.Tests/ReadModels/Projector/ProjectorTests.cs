using NationalRecognition.Grains.ReadModels.Listings;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Persistence.ReadModels.Audit;
using NationalRecognition.Persistence.ReadModels.Listings;
using NationalRecognition.Persistence.ReadModels.Projector;
using NationalRecognition.Testing;
using Npgsql;

namespace NationalRecognition.Persistence.Tests.ReadModels.Projector;

/// <summary>
/// The projector's batches on PostgreSQL: each event takes effect exactly once, nothing committed late is skipped,
/// and a rebuild from the log equals the incremental result.
/// </summary>
public sealed class ProjectorTests : ReadModelDatabase
{
    [Fact]
    public async Task A_batch_that_dies_before_its_commit_applies_nothing_and_the_next_run_applies_every_event_once()
    {
        var applications = NewApplications();
        foreach (var id in await SubmitAsync(applications, 5))
        {
            await applications.StartReviewAsync(id);
        }

        // The listing rows are written, then a row fails, before the checkpoint and the commit. A batch takes only
        // transactions older than every running one on the server, which other tests share: until this one's events
        // are in a batch, the batch is empty and nothing dies, so try again until it does.
        var dying = new ReadModel(new ListingProjection(), new DyingListingStore(DataSource));
        await Eventually.TrueAsync(async () =>
        {
            try
            {
                await Projector.ApplyNextBatchAsync(dying, 100, CancellationToken.None);
                return false;
            }
            catch (PostgresException)
            {
                return true;
            }
        }, "a batch of this test's events reaching the dying store");

        Assert.Equal(0L, await CountAsync("application_listing"));
        Assert.Equal(10L, (await Projector.StatusAsync(Listings, CancellationToken.None)).EventsBehind);

        Assert.Equal(10, await CatchUpAsync(Listings, batchSize: 3));
        Assert.Equal(applications.Versions.OrderBy(v => v.Key), await ListedVersionsAsync());
        Assert.Equal(0L, (await Projector.StatusAsync(Listings, CancellationToken.None)).EventsBehind);
    }

    [Fact]
    public async Task Two_projectors_at_once_apply_each_event_once()
    {
        var applications = NewApplications();
        await SubmitAsync(applications, 40);

        var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CatchUpAsync(Audit, batchSize: 5)));

        Assert.Equal(40, applied.Sum());
        Assert.Equal(40L, await CountAsync("audit_log"));
    }

    [Fact]
    public async Task An_event_committed_after_a_later_one_is_not_skipped()
    {
        var bin = TestIdentities.NewBin();
        await using var early = await DataSource.OpenConnectionAsync();
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

        await NewApplications(bin).SubmitAsync();
        while (await Projector.ApplyNextBatchAsync(Audit, 100, CancellationToken.None) > 0)
        {
        }

        Assert.Equal(0L, await CountAsync("audit_log", bin));

        await transaction.CommitAsync();
        await CatchUpAsync(Audit, batchSize: 100);

        Assert.Equal(2L, await CountAsync("audit_log", bin));
    }

    [Fact]
    public async Task Events_are_applied_in_transaction_order_even_when_transaction_ids_have_different_numbers_of_digits()
    {
        // Transaction 9 before transaction 10: as text, "10" sorts first, and a batch taken in that order would move the
        // checkpoint past transaction 9's event before applying it.
        var bin = TestIdentities.NewBin();
        await using (var insert = DataSource.CreateCommand("""
            INSERT INTO recognition_events (transaction_id, stream_id, stream_version, event_type, schema_version, payload, occurred_at, subject_id, role, institution_bin)
            VALUES ('9', 'test/nine', NULL, 'CommandRefused', 1, '{"action":"x","target":"test/nine","outcome":"Refused","code":"Conflict"}', now(), 's', 'Learner', @bin),
                   ('10', 'test/ten', NULL, 'CommandRefused', 1, '{"action":"x","target":"test/ten","outcome":"Refused","code":"Conflict"}', now(), 's', 'Learner', @bin)
            """))
        {
            insert.Parameters.AddWithValue("bin", bin);
            await insert.ExecuteNonQueryAsync();
        }

        await CatchUpAsync(Audit, batchSize: 1);

        Assert.Equal(2L, await CountAsync("audit_log", bin));
    }

    [Fact]
    public async Task A_rebuild_from_the_log_equals_the_incremental_result()
    {
        var applications = NewApplications();
        var first = await SubmitAsync(applications, 6);
        await CatchUpAsync(Listings, batchSize: 4);
        await CatchUpAsync(Audit, batchSize: 4);
        foreach (var id in first.Take(3))
        {
            await applications.StartReviewAsync(id);
        }

        await SubmitAsync(applications, 2);
        await CatchUpAsync(Listings, batchSize: 4);
        await CatchUpAsync(Audit, batchSize: 4);
        var incremental = (await SnapshotAsync("application_listing"), await SnapshotAsync("audit_log"));

        foreach (var readModel in new[] { Listings, Audit })
        {
            await Projector.ResetAsync(readModel, CancellationToken.None);
            await CatchUpAsync(readModel, batchSize: 1000);
        }

        Assert.Equal(incremental, (await SnapshotAsync("application_listing"), await SnapshotAsync("audit_log")));
        Assert.Equal(applications.Versions.OrderBy(v => v.Key), await ListedVersionsAsync());
    }

    [Fact]
    public async Task The_operator_command_rebuilds_every_projection_to_the_same_rows()
    {
        var applications = NewApplications();
        foreach (var id in await SubmitAsync(applications, 4))
        {
            await applications.StartReviewAsync(id);
        }

        await CatchUpAsync(Listings, batchSize: 3);
        await CatchUpAsync(Audit, batchSize: 3);
        var incremental = (await SnapshotAsync("application_listing"), await SnapshotAsync("audit_log"));

        Assert.Equal(0, await Silo.SiloCommandLine.RunAsync(["projections", "rebuild", "--connection-string", ConnectionString]));
        Assert.Equal(2, await Silo.SiloCommandLine.RunAsync(["projections", "rebuild", "--projection", "nothing", "--connection-string", ConnectionString]));

        Assert.Equal(incremental, (await SnapshotAsync("application_listing"), await SnapshotAsync("audit_log")));
    }

    [Fact]
    public async Task A_projection_stops_at_an_event_this_build_cannot_read_and_resumes_when_a_reader_exists()
    {
        var bin = TestIdentities.NewBin();
        var applications = NewApplications(bin);
        await SubmitAsync(applications, 2);
        await using (var insert = DataSource.CreateCommand($$"""
            INSERT INTO recognition_events (stream_id, stream_version, event_type, schema_version, payload, occurred_at, subject_id, role, institution_bin)
            VALUES ('test/future', NULL, '{{ReaderOfFutureEvents.EventType}}', 1, '{}', now(), 's', 'System', @bin)
            """))
        {
            insert.Parameters.AddWithValue("bin", bin);
            await insert.ExecuteNonQueryAsync();
        }

        await applications.SubmitAsync();

        var stop = await StopAsync(Audit);
        var again = await StopAsync(Audit);

        Assert.Equal((ReaderOfFutureEvents.EventType, 1, "audit"), (stop.EventType, stop.SchemaVersion, stop.Projection));
        Assert.Equal(stop.Position, again.Position);
        Assert.Equal(2L, await CountAsync("audit_log", bin));
        Assert.Equal(2L, (await Projector.StatusAsync(Audit, CancellationToken.None)).EventsBehind);

        await CatchUpAsync(new ReadModel(new ReaderOfFutureEvents(), new PostgreSqlAuditStore(DataSource)), batchSize: 100);

        Assert.Equal(4L, await CountAsync("audit_log", bin));
        Assert.Equal(0L, (await Projector.StatusAsync(Audit, CancellationToken.None)).EventsBehind);
    }

    /// <summary>Applies batches until the read model stops at an event it cannot read (an empty batch can mean "not yet").</summary>
    private async Task<UnknownEventException> StopAsync(ReadModel readModel)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await Projector.ApplyNextBatchAsync(readModel, 100, CancellationToken.None);
            }
            catch (UnknownEventException stop)
            {
                return stop;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The {readModel.Name} projection did not reach the unreadable event within 30 s.");
            await Task.Delay(20);
        }
    }

    /// <summary>The listings' store, then a row the database refuses: the batch dies after writing its listing rows.</summary>
    private sealed class DyingListingStore(NpgsqlDataSource dataSource) : PostgreSqlReadModelStore
    {
        private readonly IReadModelStore _listings = new PostgreSqlListingStore(dataSource);

        protected override IReadOnlyList<string> Tables { get; } = ["application_listing"];

        protected override async Task ApplyAsync(
            NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ReadModelChange> changes, CancellationToken cancellationToken)
        {
            await _listings.ApplyAsync(new PostgreSqlProjectorTransaction(connection, transaction), changes, cancellationToken);
            await using var refused = new NpgsqlCommand("INSERT INTO audit_log (position) VALUES (NULL)", connection, transaction);
            await refused.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
