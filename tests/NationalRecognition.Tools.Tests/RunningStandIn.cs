using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.StandInIdentity;

namespace NationalRecognition.Tools.Tests;

/// <summary>A stand-in identity provider really listening on a free loopback port, as the benchmark runs it.</summary>
internal sealed class RunningStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningStandIn(WebApplication app)
    {
        _app = app;
        Issuer = app.Services.GetRequiredService<IssuerAddress>().Value;
        Client = new HttpClient { BaseAddress = new Uri(Issuer) };
    }

    /// <summary>Its base URL, which is also the issuer of its tokens.</summary>
    public string Issuer { get; }

    public HttpClient Client { get; }

    public static async Task<RunningStandIn> Start()
    {
        var app = StandInIdentityApp.Build(["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        return new RunningStandIn(app);
    }

    /// <summary>POST /token with these claims; returns the access token.</summary>
    public async Task<string> Token(object claims)
    {
        using var response = await Client.PostAsync("/token", JsonContent.Create(claims));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        return (string)body!["access_token"]!;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
