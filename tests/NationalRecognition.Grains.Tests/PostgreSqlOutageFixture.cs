using NationalRecognition.Testing;
using Npgsql;
using Orleans.TestingHost;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// The workflow on a one-silo PostgreSQL cluster whose every database connection passes through a
/// <see cref="DatabaseOutageProxy"/>, so that a test can fail PostgreSQL's write path for real: refuse it, or let a
/// statement commit and lose its answer. <see cref="PostgreSqlClusterFixture.ConnectionString"/> reaches the database
/// directly, for checking what was stored.
/// </summary>
public sealed class PostgreSqlOutageFixture : PostgreSqlClusterFixture
{
    public IGrainFactory Grains => Cluster.Client;

    /// <summary>Between the silo and the database; set when the cluster is built.</summary>
    public DatabaseOutageProxy Outage { get; private set; } = null!;

    protected override short InitialSilosCount => 1;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Outage is not null)
        {
            await Outage.DisposeAsync();
        }
    }

    protected override string SiloConnectionString(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        Outage = new DatabaseOutageProxy(settings.Host!, settings.Port);
        settings.Host = "127.0.0.1";
        settings.Port = Outage.Port;
        return settings.ConnectionString;
    }

    protected override void ConfigureCluster(TestClusterBuilder builder) =>
        builder.AddSiloBuilderConfigurator<WorkflowSettingsConfigurator>();

    private sealed class WorkflowSettingsConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => WorkflowTestSettings.Apply(siloBuilder.Services);
    }
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlOutageCollection : ICollectionFixture<PostgreSqlOutageFixture>
{
    public const string Name = "workflow on PostgreSQL through an outage proxy";
}
