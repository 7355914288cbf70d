using Orleans.TestingHost;

namespace NationalRecognition.Gateway.Tests.Demo;

/// <summary>A two-silo in-memory cluster shared by the seeding tests; the demo data uses fixed keys, so one cluster holds it once.</summary>
public sealed class DemoClusterFixture : IAsyncLifetime
{
    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<DemoSiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
