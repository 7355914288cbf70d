using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Gateway.CoHosted.Demo;
using NationalRecognition.ServiceDefaults.Cluster;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Cluster;

/// <summary>
/// A PostgreSQL-mode cluster (a silo and its gateway) and a local-mode all-in-one instance, each a separate process
/// started as an operator starts them on one machine, never serve each other's requests.
/// </summary>
public sealed class ClusterIsolationTests : ThrowAwayDatabases
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task A_local_instance_and_a_PostgreSql_cluster_with_default_settings_never_serve_each_others_requests()
    {
        var database = await NewDatabaseAsync("isolation");
        var postgreSql = new Dictionary<string, string?>
        {
            ["Recognition__Mode"] = nameof(ClusterMode.PostgreSql),
            ["Recognition__ConnectionString"] = database,
        };

        // Default cluster id. The ports are free ones rather than 11111/30000 only because any other program on a
        // shared test machine may hold those, and the silo would then (rightly) refuse to start.
        var siloGatewayPort = Port();
        await using var silo = ProgramProcess.Start("NationalRecognition.Silo", [], new Dictionary<string, string?>(postgreSql)
        {
            ["Recognition__SiloPort"] = Port(),
            ["Recognition__GatewayPort"] = siloGatewayPort,
            ["SiloHttp__Port"] = Port(),
        });
        var siloUp = await silo.WaitForLineAsync(line => line.Contains("is up in PostgreSql mode", StringComparison.Ordinal),
            StartTimeout, "that it is up");
        Assert.Contains($"cluster {PlatformClusterDefaults.PostgreSqlClusterId};", siloUp, StringComparison.Ordinal);

        // The all-in-one instance of scripts/run.sh with nothing configured but where it serves HTTP.
        var localUrl = $"http://127.0.0.1:{Port()}";
        await using var local = ProgramProcess.Start("NationalRecognition.Gateway.CoHosted", ["--urls", localUrl], new Dictionary<string, string?>
        {
            ["Authentication__Jwt__LocalSigningKey"] = Security.SecureHost.TestKey,
        });

        // The PostgreSQL cluster's gateway: an Orleans client of the default cluster id, given the silo's gateway
        // endpoint (it reads no database). Anonymous queries only.
        var gatewayUrl = $"http://127.0.0.1:{Port()}";
        await using var gateway = ProgramProcess.Start("NationalRecognition.Gateway", ["--urls", gatewayUrl], new Dictionary<string, string?>
        {
            ["Recognition__Mode"] = nameof(ClusterMode.PostgreSql),
            ["Recognition__Gateways__0"] = $"127.0.0.1:{siloGatewayPort}",
            ["Authentication__Jwt__Authority"] = "http://127.0.0.1:9/",
            ["Authentication__Jwt__RequireHttpsMetadata"] = "false",
        });

        using var localHttp = new HttpClient { BaseAddress = new Uri(localUrl) };
        using var gatewayHttp = new HttpClient { BaseAddress = new Uri(gatewayUrl) };
        var localSilo = await local.WaitForLineAsync(line => line.Contains("Local mode: this gateway hosts a silo", StringComparison.Ordinal),
            StartTimeout, "where its silo listens");
        Assert.Matches($@"cluster {PlatformClusterDefaults.LocalClusterIdPrefix}\S+; nothing is stored", localSilo);
        Assert.DoesNotContain(":11111,", localSilo, StringComparison.Ordinal);
        Assert.DoesNotContain(":30000,", localSilo, StringComparison.Ordinal);
        Assert.DoesNotContain($":{siloGatewayPort},", localSilo, StringComparison.Ordinal);
        await local.WaitForLineAsync(line => line.Contains("Now listening on", StringComparison.Ordinal), StartTimeout, "that it listens");
        await gateway.WaitForLineAsync(line => line.Contains("Now listening on", StringComparison.Ordinal), StartTimeout, "that it listens");
        await WaitUntilAsync(async () => (await gatewayHttp.GetAsync("/health/ready")).IsSuccessStatusCode,
            "the PostgreSQL gateway to reach its cluster", gateway);
        await WaitUntilAsync(async () => await InstitutionAsync(localHttp, DemoData.CollegeBin) is not null,
            "the local instance to seed its demo college", local);

        // A change acknowledged by the PostgreSQL cluster, made through another client of its default cluster id.
        var bin = TestIdentities.NewBin();
        using (var client = await ConnectAsync(siloGatewayPort))
        {
            var grains = client.Services.GetRequiredService<IClusterClient>();
            await grains.GetGrain<IInstitutionGrain>(bin).Register(DemoInstitutions.College.Registration,
                new Actor("isolation-test", ActorRole.Registrar, bin));
        }

        for (var request = 0; request < 20; request++)
        {
            Assert.Equal(bin, await InstitutionAsync(gatewayHttp, bin));
            Assert.Null(await InstitutionAsync(gatewayHttp, DemoData.CollegeBin));
            Assert.Null(await InstitutionAsync(localHttp, bin));
            Assert.Equal(DemoData.CollegeBin, await InstitutionAsync(localHttp, DemoData.CollegeBin));
        }

        // The old failure: a local instance told to use the cluster's gateway port. It now refuses to start.
        await using var intruder = ProgramProcess.Start("NationalRecognition.Gateway.CoHosted", ["--urls", $"http://127.0.0.1:{Port()}"],
            new Dictionary<string, string?>
            {
                ["Authentication__Jwt__LocalSigningKey"] = Security.SecureHost.TestKey,
                ["Recognition__GatewayPort"] = siloGatewayPort,
            });
        Assert.NotEqual(0, await intruder.WaitForExitAsync(StartTimeout));
        Assert.Contains($"Port {siloGatewayPort} (127.0.0.1:{siloGatewayPort}) is already in use", intruder.Output, StringComparison.Ordinal);
        Assert.Contains("set Recognition:GatewayPort", intruder.Output, StringComparison.Ordinal);
        Assert.Equal(bin, await InstitutionAsync(gatewayHttp, bin));
    }

    [Fact]
    public async Task A_gateway_hosting_a_silo_joins_the_PostgreSql_cluster_and_serves_what_the_other_silo_holds()
    {
        var database = await NewDatabaseAsync("cohosted");
        var cluster = new Dictionary<string, string?>
        {
            ["Recognition__Mode"] = nameof(ClusterMode.PostgreSql),
            ["Recognition__ConnectionString"] = database,
            ["Recognition__ClusterId"] = "cohosted-" + Guid.NewGuid().ToString("N"),
        };
        var siloGatewayPort = Port();
        await using var silo = ProgramProcess.Start("NationalRecognition.Silo", [], new Dictionary<string, string?>(cluster)
        {
            ["Recognition__SiloPort"] = Port(),
            ["Recognition__GatewayPort"] = siloGatewayPort,
        });
        await silo.WaitForLineAsync(line => line.Contains("is up in PostgreSql mode", StringComparison.Ordinal), StartTimeout, "that it is up");

        var gatewayUrl = $"http://127.0.0.1:{Port()}";
        await using var gateway = ProgramProcess.Start("NationalRecognition.Gateway.CoHosted", ["--urls", gatewayUrl], new Dictionary<string, string?>(cluster)
        {
            ["Recognition__SiloPort"] = Port(),
            ["Recognition__GatewayPort"] = Port(),
            ["Authentication__Jwt__Authority"] = "http://127.0.0.1:9/",
            ["Authentication__Jwt__RequireHttpsMetadata"] = "false",
        });
        using var gatewayHttp = new HttpClient { BaseAddress = new Uri(gatewayUrl) };
        await WaitUntilAsync(async () => (await gatewayHttp.GetAsync("/health/ready")).IsSuccessStatusCode,
            "the gateway's own silo to join the cluster", gateway);

        var bin = TestIdentities.NewBin();
        using var client = await ConnectAsync(siloGatewayPort, cluster["Recognition__ClusterId"]!);
        var grains = client.Services.GetRequiredService<IClusterClient>();
        await grains.GetGrain<IInstitutionGrain>(bin).Register(DemoInstitutions.College.Registration,
            new Actor("cohosted-test", ActorRole.Registrar, bin));

        Assert.Equal(2, (await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count);
        Assert.Equal(bin, await InstitutionAsync(gatewayHttp, bin));
    }

    private static string Port() => FreePorts.Next().ToString(CultureInfo.InvariantCulture);

    /// <summary>Another client of the cluster (default id unless given), through the silo's gateway at <paramref name="siloGatewayPort"/>.</summary>
    private static async Task<IHost> ConnectAsync(string siloGatewayPort, string? clusterId = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleansClient(client => client.UsePlatformCluster(new PlatformClusterOptions
        {
            Mode = ClusterMode.PostgreSql,
            Gateways = [$"127.0.0.1:{siloGatewayPort}"],
            ClusterId = clusterId,
            // The test's own client waits as long as a busy machine needs for the first activation and its writes: the
            // shipped 5 s bound is for failover, which this test does not measure.
            Liveness = new PlatformLivenessOptions { ResponseTimeout = TimeSpan.FromSeconds(60) },
        }));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    /// <summary>The BIN of <c>institution(bin:)</c> as the gateway at <paramref name="http"/> answers it; null when none.</summary>
    private static async Task<string?> InstitutionAsync(HttpClient http, string bin)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query = $$"""{ institution(bin: "{{bin}}") { bin } }""" });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, $"Errors from {http.BaseAddress}: {body["errors"]}");
        return (string?)body["data"]!["institution"]?["bin"];
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string awaited, ProgramProcess process)
    {
        try
        {
            await Eventually.TrueAsync(condition, awaited, StartTimeout);
        }
        catch (TimeoutException timeout)
        {
            Assert.Fail($"{timeout.Message}. Output of {process}:\n{process.Output}");
        }
    }
}
