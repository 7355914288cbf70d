using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NationalRecognition.ServiceDefaults.Cluster;
using NationalRecognition.Silo;

namespace NationalRecognition.Persistence.Tests;

/// <summary>One local-mode silo host with default settings, and a client that connects to it over its gateway port.</summary>
public sealed class LocalSiloFixture : IAsyncLifetime
{
    private Microsoft.AspNetCore.Builder.WebApplication? _silo;
    private IHost? _client;

    /// <summary>The silo's identity and endpoints.</summary>
    public ILocalSiloDetails Silo => _silo!.Services.GetRequiredService<ILocalSiloDetails>();

    /// <summary>A client in another host, so every call and answer crosses the network and is serialized.</summary>
    public IClusterClient Client => _client!.Services.GetRequiredService<IClusterClient>();

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        _silo = PlatformSiloHost.CreateBuilder([]).Build();
        await _silo.StartAsync();
        _client = await ConnectAsync(Silo.ClusterId, Silo.GatewayAddress!.Endpoint.Port);
    }

    /// <summary>Starts a client host of a local-mode cluster; the caller disposes it.</summary>
    public static async Task<IHost> ConnectAsync(
        string clusterId, int gatewayPort, ILoggerProvider? logs = null, CancellationToken cancellationToken = default)
    {
        var builder = Host.CreateApplicationBuilder();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.UseOrleansClient(client => client.UsePlatformCluster(new PlatformClusterOptions
        {
            Mode = ClusterMode.Local,
            ClusterId = clusterId,
            GatewayPort = gatewayPort,
        }));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        foreach (var host in new[] { _client, _silo })
        {
            if (host is not null)
            {
                await host.StopAsync();
                host.Dispose();
            }
        }
    }
}
