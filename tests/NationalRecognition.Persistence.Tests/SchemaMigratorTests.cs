using NationalRecognition.Testing;

namespace NationalRecognition.Persistence.Tests;

/// <summary>The migrator against real PostgreSQL: each test gets its own empty database.</summary>
public sealed class SchemaMigratorTests : ThrowAwayDatabases
{
    [Fact]
    public async Task Migrate_on_an_empty_database_applies_every_script_and_leaves_a_complete_schema()
    {
        var connectionString = await EmptyDatabaseAsync();

        var result = await new SchemaMigrator(connectionString).MigrateAsync();

        Assert.Equal(MigrationScripts.All.Select(s => s.Version), result.Applied.Select(s => s.Version));
        Assert.Equal([1, 2, 3], MigrationScripts.All.Select(s => s.Version).Take(3));
        Assert.Empty(result.AlreadyApplied);
        var check = await new SchemaMigrator(connectionString).CheckAsync();
        Assert.True(check.IsComplete, check.Describe());
        Assert.Equal(OrleansSchema.RequiredQueryKeys.Count, await Sql.ScalarAsync<long>(connectionString, "SELECT count(*) FROM OrleansQuery"));
        Assert.Equal(MigrationScripts.All.Count, await Sql.ScalarAsync<long>(connectionString, "SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Migrate_a_second_time_applies_nothing_and_changes_nothing()
    {
        var connectionString = await EmptyDatabaseAsync();
        await new SchemaMigrator(connectionString).MigrateAsync();
        var before = await SchemaSnapshotAsync(connectionString);

        var second = await new SchemaMigrator(connectionString).MigrateAsync();

        Assert.Empty(second.Applied);
        Assert.Equal(MigrationScripts.All.Count, second.AlreadyApplied.Count);
        Assert.Equal(before, await SchemaSnapshotAsync(connectionString));
    }

    [Fact]
    public async Task Every_script_can_run_again_on_its_own_output_without_error()
    {
        // The scripts are upserts and IF NOT EXISTS, so an operator re-running one by hand is harmless.
        var connectionString = await EmptyDatabaseAsync();
        await new SchemaMigrator(connectionString).MigrateAsync();
        var before = await SchemaSnapshotAsync(connectionString);

        foreach (var script in MigrationScripts.All)
        {
            await Sql.ExecuteAsync(connectionString, script.Sql);
        }

        Assert.Equal(before, await SchemaSnapshotAsync(connectionString));
    }

    [Fact]
    public async Task Migrators_started_together_apply_each_script_exactly_once()
    {
        var connectionString = await EmptyDatabaseAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => new SchemaMigrator(connectionString).MigrateAsync()));

        Assert.Equal(MigrationScripts.All.Count, results.Sum(r => r.Applied.Count));
        Assert.Equal(MigrationScripts.All.Count, await Sql.ScalarAsync<long>(connectionString, "SELECT count(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task A_script_changed_after_it_was_applied_is_refused_with_its_name()
    {
        var connectionString = await EmptyDatabaseAsync();
        await new SchemaMigrator(connectionString).MigrateAsync();
        var tampered = MigrationScripts.All
            .Select(s => s.Version == 2 ? s with { Sql = s.Sql + "\n-- edited after release\n" } : s)
            .ToList();

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => new SchemaMigrator(connectionString, tampered).MigrateAsync());

        Assert.Contains("0002_orleans_storage", error.Message, StringComparison.Ordinal);
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_names_a_missing_query_key()
    {
        var connectionString = await EmptyDatabaseAsync();
        await new SchemaMigrator(connectionString).MigrateAsync();
        await Sql.ExecuteAsync(connectionString, "DELETE FROM OrleansQuery WHERE QueryKey = 'CleanupDefunctSiloEntriesKey'");

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => new SchemaMigrator(connectionString).VerifyAsync());

        Assert.Contains("Missing OrleansQuery keys: CleanupDefunctSiloEntriesKey.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_on_an_empty_database_names_the_missing_tables_and_pending_scripts()
    {
        var connectionString = await EmptyDatabaseAsync();

        var error = await Assert.ThrowsAsync<SchemaMigrationException>(() => new SchemaMigrator(connectionString).VerifyAsync());

        Assert.Contains("orleansmembershiptable", error.Message, StringComparison.Ordinal);
        Assert.Contains("orleansstorage", error.Message, StringComparison.Ordinal);
        Assert.Contains("0001_orleans_clustering", error.Message, StringComparison.Ordinal);
    }

    private Task<string> EmptyDatabaseAsync() => NewDatabaseAsync("migrator");

    private static Task<string> SchemaSnapshotAsync(string connectionString) => Sql.ScalarAsync<string>(connectionString, """
        SELECT concat_ws(E'\n',
            (SELECT string_agg(table_name || '.' || column_name || ':' || data_type || ':' || is_nullable, ',' ORDER BY table_name, column_name)
             FROM information_schema.columns WHERE table_schema = current_schema()),
            (SELECT string_agg(indexname || ':' || indexdef, ',' ORDER BY indexname)
             FROM pg_indexes WHERE schemaname = current_schema()),
            (SELECT string_agg(QueryKey || ':' || md5(QueryText), ',' ORDER BY QueryKey) FROM OrleansQuery),
            (SELECT string_agg(version || ':' || checksum || ':' || applied_at, ',' ORDER BY version) FROM schema_migrations))
        """);
}
