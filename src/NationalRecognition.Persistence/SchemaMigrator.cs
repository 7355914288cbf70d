using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace NationalRecognition.Persistence;

/// <summary>
/// Applies the embedded SQL scripts in order, each in its own transaction, and records them in
/// <c>schema_migrations</c>. A PostgreSQL advisory lock serialises silos that start together.
/// </summary>
public sealed partial class SchemaMigrator
{
    /// <summary>Key of the session advisory lock held while migrating (any fixed number unique to this schema).</summary>
    public const long AdvisoryLockKey = 0x4E52_5343_4845_4D41; // "NRSCHEMA"

    private const string CreateHistoryTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations
        (
            version    integer      NOT NULL PRIMARY KEY,
            name       varchar(200) NOT NULL,
            checksum   char(64)     NOT NULL,
            applied_at timestamptz  NOT NULL DEFAULT now()
        );
        """;

    private readonly string _connectionString;
    private readonly IReadOnlyList<MigrationScript> _scripts;
    private readonly ILogger _logger;

    /// <summary>A migrator for the scripts embedded in this assembly.</summary>
    public SchemaMigrator(string connectionString, ILogger<SchemaMigrator>? logger = null)
        : this(connectionString, MigrationScripts.All, logger)
    {
    }

    /// <summary>A migrator for the given scripts (tests use this to simulate a changed script).</summary>
    public SchemaMigrator(string connectionString, IReadOnlyList<MigrationScript> scripts, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _connectionString = connectionString;
        _scripts = [.. scripts.OrderBy(s => s.Version)];
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Applies every script not yet applied; running it again applies nothing.</summary>
    /// <exception cref="SchemaMigrationException">An applied script has changed since, or a script failed.</exception>
    public async Task<SchemaMigrationResult> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        // Session-level lock: released on unlock or, if this process dies, when the connection drops.
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, CreateHistoryTable, cancellationToken);
            var history = await ReadHistoryAsync(connection, cancellationToken);
            EnsureAppliedScriptsUnchanged(history);

            var applied = new List<MigrationScript>();
            var alreadyApplied = new List<MigrationScript>();
            foreach (var script in _scripts)
            {
                if (history.ContainsKey(script.Version))
                {
                    alreadyApplied.Add(script);
                    continue;
                }

                await ApplyAsync(connection, script, cancellationToken);
                applied.Add(script);
            }

            LogMigrated(_logger, applied.Count, alreadyApplied.Count);
            return new SchemaMigrationResult(applied, alreadyApplied);
        }
        finally
        {
            // Unlock even when cancelled, so the pooled connection does not keep the lock.
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    /// <summary>Reports what is missing without changing anything.</summary>
    public async Task<SchemaCheckResult> CheckAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);

        var existingTables = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()", connection))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                existingTables.Add(reader.GetString(0));
            }
        }

        var missingTables = OrleansSchema.RequiredTables.Where(t => !existingTables.Contains(t)).ToList();

        var existingKeys = new HashSet<string>(StringComparer.Ordinal);
        if (existingTables.Contains("orleansquery"))
        {
            await using var command = new NpgsqlCommand("SELECT QueryKey FROM OrleansQuery", connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                existingKeys.Add(reader.GetString(0));
            }
        }

        var missingKeys = OrleansSchema.RequiredQueryKeys.Where(k => !existingKeys.Contains(k)).ToList();

        var history = existingTables.Contains("schema_migrations")
            ? await ReadHistoryAsync(connection, cancellationToken)
            : [];
        var pending = _scripts.Where(s => !history.ContainsKey(s.Version)).ToList();
        var changed = _scripts
            .Where(s => history.TryGetValue(s.Version, out var row) && row.Checksum != s.Checksum)
            .ToList();

        return new SchemaCheckResult(missingTables, missingKeys, pending, changed);
    }

    /// <summary>Fails with a message naming every missing table, query key and pending script.</summary>
    /// <exception cref="SchemaMigrationException">The schema is not what the Orleans providers need.</exception>
    public async Task VerifyAsync(CancellationToken cancellationToken = default)
    {
        var check = await CheckAsync(cancellationToken);
        if (!check.IsComplete)
        {
            throw new SchemaMigrationException(check.Describe());
        }
    }

    private void EnsureAppliedScriptsUnchanged(Dictionary<int, AppliedMigration> history)
    {
        foreach (var script in _scripts)
        {
            if (history.TryGetValue(script.Version, out var row) && row.Checksum != script.Checksum)
            {
                throw new SchemaMigrationException(
                    $"Migration {script.Version:D4}_{script.Name} was applied with checksum {row.Checksum} " +
                    $"but the script now has checksum {script.Checksum}. An applied script must never change: " +
                    "restore it and add a new script for the change.");
            }
        }
    }

    private async Task ApplyAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using (var command = new NpgsqlCommand(script.Sql, connection, transaction))
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var record = new NpgsqlCommand(
                "INSERT INTO schema_migrations (version, name, checksum) VALUES (@version, @name, @checksum)",
                connection,
                transaction))
            {
                record.Parameters.AddWithValue("version", script.Version);
                record.Parameters.AddWithValue("name", script.Name);
                record.Parameters.AddWithValue("checksum", script.Checksum);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            LogApplied(_logger, script.Version, script.Name);
        }
        catch (PostgresException ex)
        {
            throw new SchemaMigrationException(
                string.Create(CultureInfo.InvariantCulture, $"Migration {script.Version:D4}_{script.Name} failed and was rolled back: {ex.MessageText}"),
                ex);
        }
    }

    private static async Task<Dictionary<int, AppliedMigration>> ReadHistoryAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var history = new Dictionary<int, AppliedMigration>();
        await using var command = new NpgsqlCommand("SELECT version, name, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            history[reader.GetInt32(0)] = new AppliedMigration(reader.GetString(1), reader.GetString(2));
        }

        return history;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Version:D4}_{Name}.")]
    private static partial void LogApplied(ILogger logger, int version, string name);

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema is current: {AppliedCount} script(s) applied now, {AlreadyAppliedCount} earlier.")]
    private static partial void LogMigrated(ILogger logger, int appliedCount, int alreadyAppliedCount);

    private sealed record AppliedMigration(string Name, string Checksum);
}
