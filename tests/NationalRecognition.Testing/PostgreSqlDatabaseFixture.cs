using NationalRecognition.Persistence;
using Xunit;

namespace NationalRecognition.Testing;

/// <summary>
/// xunit fixture: a fresh database on the shared test server with the schema migrated.
/// Use as a class or collection fixture and connect with <see cref="ConnectionString"/>.
/// </summary>
public class PostgreSqlDatabaseFixture : IAsyncLifetime
{
    private string? _connectionString;

    /// <summary>The shared server, for tests that need further databases.</summary>
    public PostgreSqlServer Server { get; private set; } = null!;

    /// <summary>Connection string to this fixture's own database.</summary>
    public string ConnectionString =>
        _connectionString ?? throw new InvalidOperationException("The fixture has not been initialised yet.");

    /// <summary>Whether <see cref="InitializeAsync"/> applies the schema (true by default).</summary>
    protected virtual bool MigrateSchema => true;

    /// <inheritdoc/>
    public virtual async Task InitializeAsync()
    {
        Server = await PostgreSqlServer.GetSharedAsync();
        _connectionString = await Server.CreateDatabaseAsync(GetType().Name);
        if (MigrateSchema)
        {
            await new SchemaMigrator(_connectionString).MigrateAsync();
        }
    }

    /// <inheritdoc/>
    public virtual async Task DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await Server.DropDatabaseAsync(_connectionString);
        }
    }
}
