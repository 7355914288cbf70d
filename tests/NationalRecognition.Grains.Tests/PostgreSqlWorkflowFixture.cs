using NationalRecognition.Testing;
using Orleans.TestingHost;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>The workflow on a two-silo cluster whose membership, state and reminders are in PostgreSQL.</summary>
public sealed class PostgreSqlWorkflowFixture : PostgreSqlClusterFixture
{
    public IGrainFactory Grains => Cluster.Client;

    protected override void ConfigureCluster(TestClusterBuilder builder) =>
        builder.AddSiloBuilderConfigurator<WorkflowTestConfigurator>();

    private sealed class WorkflowTestConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => WorkflowTestSettings.Apply(siloBuilder.Services);
    }
}

[CollectionDefinition(Name)]
public sealed class PostgreSqlWorkflowCollection : ICollectionFixture<PostgreSqlWorkflowFixture>
{
    public const string Name = "workflow on PostgreSQL";
}
