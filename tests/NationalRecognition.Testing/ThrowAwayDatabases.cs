using Xunit;

namespace NationalRecognition.Testing;

/// <summary>
/// Base for tests that each want an empty database of their own on the shared throw-away server; every database
/// a test made is dropped when the test ends.
/// </summary>
public abstract class ThrowAwayDatabases : IAsyncLifetime
{
    private readonly List<string> _databases = [];

    protected PostgreSqlServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await PostgreSqlServer.GetSharedAsync();

    public async Task DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await Server.DropDatabaseAsync(database);
        }
    }

    /// <summary>A new empty database; its connection string.</summary>
    protected async Task<string> NewDatabaseAsync(string purpose)
    {
        var connectionString = await Server.CreateDatabaseAsync(purpose);
        _databases.Add(connectionString);
        return connectionString;
    }
}
