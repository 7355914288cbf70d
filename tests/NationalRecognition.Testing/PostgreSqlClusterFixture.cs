using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Xunit;

namespace NationalRecognition.Testing;

/// <summary>
/// xunit fixture: a classic <see cref="TestCluster"/> (two silos by default) whose membership, grain
/// storage and reminders are on a fresh PostgreSQL database. The database starts empty: the silos
/// apply the schema at start-up, as production silos do. Share it through a collection fixture.
/// </summary>
public class PostgreSqlClusterFixture : IAsyncLifetime
{
    private TestCluster? _cluster;
    private string? _connectionString;

    /// <summary>The running cluster; <c>Cluster.Client</c> calls grains.</summary>
    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture has not been initialised yet.");

    /// <summary>Connection string to the cluster's database.</summary>
    public string ConnectionString =>
        _connectionString ?? throw new InvalidOperationException("The fixture has not been initialised yet.");

    /// <summary>The shared server.</summary>
    public PostgreSqlServer Server { get; private set; } = null!;

    /// <summary>Silos started on deploy.</summary>
    protected virtual short InitialSilosCount => 2;

    /// <inheritdoc/>
    public virtual async Task InitializeAsync()
    {
        Server = await PostgreSqlServer.GetSharedAsync();
        _connectionString = await Server.CreateDatabaseAsync(GetType().Name);

        var builder = new TestClusterBuilder(InitialSilosCount);
        builder.Options.UseTestClusterMembership = false;
        builder.ConfigureHostConfiguration(configuration =>
            configuration.AddInMemoryCollection(TestClusterSettings.ForPostgreSql(SiloConnectionString(_connectionString))));
        builder.AddSiloBuilderConfigurator<PostgreSqlSiloConfigurator>();
        builder.AddClientBuilderConfigurator<PostgreSqlClientConfigurator>();
        ConfigureCluster(builder);

        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    /// <inheritdoc/>
    public virtual async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }

        if (_connectionString is not null)
        {
            await Server.DropDatabaseAsync(_connectionString);
        }
    }

    /// <summary>
    /// The connection string the cluster uses: the database's own unless a derived fixture puts something between
    /// them (a <see cref="DatabaseOutageProxy"/>). <see cref="ConnectionString"/> stays the direct one, for checks.
    /// </summary>
    protected virtual string SiloConnectionString(string connectionString) => connectionString;

    /// <summary>Adds configurators of a derived fixture (e.g. more silo services).</summary>
    protected virtual void ConfigureCluster(TestClusterBuilder builder)
    {
    }
}
