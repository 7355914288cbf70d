using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests;

/// <summary>Liveness never depends on the cluster; readiness is "the Orleans cluster answers".</summary>
public sealed class HealthTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Live_is_200_without_any_cluster()
    {
        var response = await factory.CreateClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_is_503_when_no_orleans_client_is_configured()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_is_200_when_the_cluster_answers()
    {
        // A silo co-hosted in the gateway (as local mode will do) gives it an IClusterClient to a live cluster.
        var (siloPort, gatewayPort) = (FreePort(), FreePort());
        await using var withSilo = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddOrleans(silo => silo.UseLocalhostClustering(siloPort, gatewayPort))));

        var response = await withSilo.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
