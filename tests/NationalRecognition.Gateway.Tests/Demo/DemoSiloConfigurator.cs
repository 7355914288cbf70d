using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Gateway.CoHosted.Demo;
using NationalRecognition.ServiceDefaults.Cluster;
using Orleans.TestingHost;

namespace NationalRecognition.Gateway.Tests.Demo;

/// <summary>The silo of local mode: in-memory storage and reminders, the recognition workflow, and the demo's clock.</summary>
public sealed class DemoSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.UsePlatformProviders(new PlatformClusterOptions());
        siloBuilder.Services.AddSingleton<TimeProvider>(new DemoClock(TimeProvider.System));
    }
}
