using Orleans.TestingHost;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>A two-silo test cluster with in-memory storage, shared by the workflow behaviour tests.</summary>
public sealed class WorkflowClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<WorkflowSiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        await Professions.PublishStandardList(Grains);
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WorkflowClusterCollection : ICollectionFixture<WorkflowClusterFixture>
{
    public const string Name = "workflow cluster";
}
