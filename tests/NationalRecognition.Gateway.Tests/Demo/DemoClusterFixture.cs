using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Grains.ReadModels.Projector;
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

    /// <summary>Lets the projector apply everything committed, as it does on its own within its staleness bound.</summary>
    public Task CatchUpAsync() =>
        Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress).GetRequiredService<ProjectorService>().CatchUpAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
