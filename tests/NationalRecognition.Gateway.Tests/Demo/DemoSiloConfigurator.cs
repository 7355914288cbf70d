using NationalRecognition.ServiceDefaults.Cluster;
using Orleans.TestingHost;

namespace NationalRecognition.Gateway.Tests.Demo;

/// <summary>The silo of local mode: in-memory storage and reminders and the recognition workflow.</summary>
public sealed class DemoSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder) => siloBuilder.UsePlatformProviders(new PlatformClusterOptions());
}
