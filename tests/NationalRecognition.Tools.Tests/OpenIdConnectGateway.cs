using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Tools.Tests;

/// <summary>
/// The gateway's own security pipeline (AddGatewaySecurity / UseGatewaySecurity) configured exactly as the
/// benchmark configures the real gateway — PostgreSQL mode, OpenIdConnect against an authority on plain HTTP —
/// with two endpoints: <c>/whoami</c> (open) and <c>/private</c> (needs an identity; answers the role).
/// </summary>
internal sealed class OpenIdConnectGateway : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OpenIdConnectGateway(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<OpenIdConnectGateway> Start(string authority)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Recognition:Mode"] = "PostgreSql",
            ["Authentication:Jwt:Authority"] = authority,
            ["Authentication:Jwt:RequireHttpsMetadata"] = "false",
            // The stand-in mints role tokens for tests: its role claims are honoured, as for any development issuer.
            ["Authentication:Jwt:RoleClaimIssuers:0"] = authority,
            ["RateLimiting:Enabled"] = "false",
        });
        builder.Services.AddGatewaySecurity(builder.Configuration);

        var app = builder.Build();
        app.UseGatewaySecurity();
        app.MapGet("/whoami", (HttpContext context) => context.User.FindFirst(ActorClaimTypes.Subject)?.Value ?? "anonymous");
        app.MapGet("/private", (HttpContext context) => context.User.FindFirst(ActorClaimTypes.Role)!.Value).RequireAuthorization();
        await app.StartAsync();
        return new OpenIdConnectGateway(app);
    }

    public Task<HttpResponseMessage> Get(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
