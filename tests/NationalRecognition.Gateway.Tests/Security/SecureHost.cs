using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.Tests.Security;

/// <summary>
/// A minimal gateway host with only the security pipeline and two endpoints: <c>/whoami</c> (open: answers the
/// subject or "anonymous") and <c>/private</c> (needs an identity), beside stand-ins for the two probe paths
/// (<c>/health/live</c>, <c>/health/ready</c>) that the limiter must let through. Settings are the gateway's own configuration keys.
/// </summary>
internal sealed class SecureHost : IAsyncDisposable
{
    /// <summary>A fixed base64 key of 32 bytes, for tests only.</summary>
    public static readonly string TestKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private readonly WebApplication _app;

    private SecureHost(WebApplication app, CapturedLogs logs)
    {
        _app = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public CapturedLogs Logs { get; }

    public static Dictionary<string, string?> LocalSettings() => new()
    {
        ["Authentication:Jwt:LocalSigningKey"] = TestKey,
        ["RateLimiting:Enabled"] = "false",
    };

    public static async Task<SecureHost> Start(Dictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings ?? LocalSettings());
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddProvider(logs);
        builder.Services.AddGatewaySecurity(builder.Configuration);

        var app = builder.Build();
        app.UseGatewaySecurity();
        app.MapGet("/whoami", (HttpContext context) => context.User.FindFirst(ActorClaimTypes.Subject)?.Value ?? "anonymous");
        app.MapGet("/private", (HttpContext context) => context.User.FindFirst(ActorClaimTypes.Role)!.Value).RequireAuthorization();
        app.MapGet("/health/live", () => "ok");
        app.MapGet("/health/ready", () => "ok");
        await app.StartAsync();
        return new SecureHost(app, logs);
    }

    public Task<HttpResponseMessage> Get(string path, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new("Bearer", token);
        }

        return Client.SendAsync(request);
    }

    public ILogger Logger(string category) => _app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(category);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
