using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Privacy;
using NationalRecognition.Grains.Privacy;
using NationalRecognition.Persistence.Privacy;
using NationalRecognition.Testing;
using Npgsql;

namespace NationalRecognition.Persistence.Tests.Privacy;

/// <summary>Read records and data keys on PostgreSQL behave as the in-memory stores the grain tests use.</summary>
public sealed class PostgreSqlPrivacyStoresTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2030, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly PostgreSqlDatabaseFixture _database = new();
    private NpgsqlDataSource _dataSource = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Read_records_appended_in_one_batch_are_paged_per_learner_newest_first()
    {
        var reads = new PostgreSqlPersonalDataReadStore(_dataSource);
        await reads.AppendAsync(
            [Read("learner-a", Now.AddMinutes(-3), "first"), Read("learner-b", Now.AddMinutes(-2), "other"), Read("learner-a", Now.AddMinutes(-1), "second"),
             Read("learner-a", Now, "third")],
            CancellationToken.None);

        var first = await reads.PageAsync("learner-a", new PageRequest(2), CancellationToken.None);
        var second = await reads.PageAsync("learner-a", new PageRequest(2, first.Cursors[^1]), CancellationToken.None);

        Assert.Equal((3, true, false), (first.TotalCount, first.HasNextPage, second.HasNextPage));
        Assert.Equal(["third", "second", "first"], first.Items.Concat(second.Items).Select(r => r.Target));
        Assert.Equal((ActorRole.Registrar, "010140001234"), (first.Items[0].ReaderRole, first.Items[0].ReaderInstitutionBin));
    }

    [Fact]
    public async Task Read_records_older_than_the_cutoff_are_deleted()
    {
        var reads = new PostgreSqlPersonalDataReadStore(_dataSource);
        await reads.AppendAsync([Read("learner-c", Now.AddDays(-2), "old"), Read("learner-c", Now, "new")], CancellationToken.None);

        Assert.Equal(1, await reads.DeleteBeforeAsync(Now.AddDays(-1), CancellationToken.None));
        Assert.Equal("new", Assert.Single((await reads.PageAsync("learner-c", new PageRequest(10), CancellationToken.None)).Items).Target);
    }

    [Fact]
    public async Task A_learner_keeps_one_key_until_it_is_shredded_and_then_gets_a_new_one()
    {
        var keys = new PostgreSqlLearnerKeyStore(_dataSource);
        var first = await keys.GetOrCreateAsync("learner-d", Now, CancellationToken.None);
        var again = await keys.GetOrCreateAsync("learner-d", Now.AddDays(1), CancellationToken.None);

        Assert.Equal(1, await keys.ShredLearnerAsync("learner-d", Now.AddDays(2), CancellationToken.None));
        var after = await keys.GetOrCreateAsync("learner-d", Now.AddDays(3), CancellationToken.None);

        Assert.Equal(first.KeyId, again.KeyId);
        Assert.Equal(first.Key, again.Key);
        Assert.NotEqual(first.KeyId, after.KeyId);
        var found = await keys.FindAsync([first.KeyId, after.KeyId, Guid.NewGuid()], CancellationToken.None);
        Assert.Equal(2, found.Count);
        Assert.Null(found[first.KeyId]);
        Assert.Equal(after.Key, found[after.KeyId]);
    }

    [Fact]
    public async Task Retention_shreds_only_keys_unused_since_the_cutoff()
    {
        var keys = new PostgreSqlLearnerKeyStore(_dataSource);
        var idle = await keys.GetOrCreateAsync("learner-idle", Now.AddDays(-400), CancellationToken.None);
        var active = await keys.GetOrCreateAsync("learner-active", Now.AddDays(-400), CancellationToken.None);
        await keys.GetOrCreateAsync("learner-active", Now.AddDays(-1), CancellationToken.None);
        var sealedIin = PersonalDataCipher.Seal(idle, "030314601238");

        Assert.Equal(1, await keys.ShredUnusedSinceAsync(Now.AddDays(-365), Now, CancellationToken.None));

        Assert.Null(await PersonalFields.OpenAsync(keys, sealedIin, CancellationToken.None));
        Assert.NotNull((await keys.FindAsync([active.KeyId], CancellationToken.None))[active.KeyId]);
    }

    private static LearnerRead Read(string learner, DateTimeOffset at, string target) =>
        new(learner, at, "registrar@010140001234", ActorRole.Registrar, "010140001234", PersonalDataReads.Listing, target);
}
