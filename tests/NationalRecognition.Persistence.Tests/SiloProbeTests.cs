using System.Globalization;
using System.Net;
using NationalRecognition.Silo;
using NationalRecognition.Testing;
using Npgsql;

namespace NationalRecognition.Persistence.Tests;

/// <summary>
/// The silo's own HTTP endpoint (SiloHttp): readiness follows the database (false while PostgreSQL is gone, true when
/// it is back), liveness never does, and <c>/metrics</c> serves Orleans', ASP.NET Core's and the platform's meters;
/// every answer says nosniff.
/// </summary>
public sealed class SiloProbeTests : ThrowAwayDatabases
{
    [Fact]
    public async Task Readiness_follows_the_database_liveness_stays_true_and_metrics_are_served()
    {
        var database = await NewDatabaseAsync("probes");
        await new SchemaMigrator(database).MigrateAsync(CancellationToken.None);
        var settings = new NpgsqlConnectionStringBuilder(database);
        await using var outage = new DatabaseOutageProxy(settings.Host!, settings.Port);
        settings.Host = "127.0.0.1";
        settings.Port = outage.Port;
        var httpPort = FreePorts.Next();
        await using var silo = PlatformSiloHost.Build([], new Dictionary<string, string?>
        {
            ["Recognition:Mode"] = "PostgreSql",
            ["Recognition:ConnectionString"] = settings.ConnectionString,
            ["Recognition:ApplySchemaOnStartup"] = "false",
            ["Recognition:ClusterId"] = $"probes-{Guid.NewGuid():N}"[..18],
            ["Recognition:SiloPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["Recognition:GatewayPort"] = FreePorts.Next().ToString(CultureInfo.InvariantCulture),
            ["SiloHttp:Port"] = httpPort.ToString(CultureInfo.InvariantCulture),
            ["SiloHttp:ListenOnAnyAddress"] = "false",
        });
        await silo.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromSeconds(10) };

        await Eventually.TrueAsync(() => Is(http, "/health/ready", HttpStatusCode.OK), "the silo to be ready");
        using (var scraped = await http.GetAsync("/metrics"))
        using (var live = await http.GetAsync("/health/live"))
        {
            Assert.All(new[] { scraped, live }, answer => Assert.Equal(["nosniff"], answer.Headers.GetValues("X-Content-Type-Options")));
        }

        var metrics = await http.GetStringAsync("/metrics");
        Assert.Contains("orleans_", metrics, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
        Assert.Contains("recognition_projection_lag_events", metrics, StringComparison.Ordinal);

        outage.Cut();
        await Eventually.TrueAsync(() => Is(http, "/health/ready", HttpStatusCode.ServiceUnavailable), "readiness to fail without the database");
        Assert.True(await Is(http, "/health/live", HttpStatusCode.OK), "Liveness must not depend on the database.");

        outage.Restore();
        await Eventually.TrueAsync(() => Is(http, "/health/ready", HttpStatusCode.OK), "readiness to return with the database");
        Assert.True(await Is(http, "/health/live", HttpStatusCode.OK));

        await silo.StopAsync();
    }

    private static async Task<bool> Is(HttpClient http, string path, HttpStatusCode expected)
    {
        using var response = await http.GetAsync(path);
        return response.StatusCode == expected;
    }
}
