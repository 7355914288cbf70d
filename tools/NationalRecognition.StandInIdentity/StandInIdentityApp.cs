using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace NationalRecognition.StandInIdentity;

/// <summary>
/// The stand-in OpenID Connect provider: discovery document, JWKS, a token endpoint that signs whatever claims it is
/// given, and the authorization code flow with PKCE (a form for those claims instead of a password). FOR TESTS AND BENCHMARKS ONLY — it authenticates nobody. It listens on loopback only.
/// </summary>
public static class StandInIdentityApp
{
    /// <summary>Builds the application; <c>--urls</c> (or ASPNETCORE_URLS) picks the loopback address and port.</summary>
    /// <exception cref="InvalidOperationException">An address is not on the loopback interface.</exception>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var endpoints = LoopbackEndpoints.Parse(builder.Configuration["urls"]);

        // Endpoints set in code win over ASPNETCORE_URLS / HTTP_PORTS, so nothing else can widen the binding.
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var endpoint in endpoints)
            {
                kestrel.Listen(endpoint);
            }
        });
        builder.Services.AddSingleton<SigningKey>();
        builder.Services.AddSingleton<IssuerAddress>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TokenMinter>();
        builder.Services.AddSingleton<AuthorizationCodes>();

        var app = builder.Build();
        app.Lifetime.ApplicationStarted.Register(() => OnStarted(app));
        Map(app);
        return app;
    }

    private static void OnStarted(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var bound = addresses.Select(a => new Uri(a)).ToList();
        if (bound.Count == 0 || bound.Any(uri => !IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) || !LoopbackEndpoints.IsLoopback(address)))
        {
            // Belt and braces: never serve tokens from anything but loopback.
            app.Logger.LogCritical("The stand-in identity provider bound to {Addresses}; it serves loopback only and stops.", string.Join(", ", addresses));
            app.Lifetime.StopApplication();
            return;
        }

        app.Services.GetRequiredService<IssuerAddress>().Set(bound[0].GetLeftPart(UriPartial.Authority));
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/.well-known/openid-configuration", (IssuerAddress issuer) => Results.Json(DiscoveryDocument.For(issuer.Value)));

        app.MapGet(DiscoveryDocument.JwksPath, (SigningKey key) => Results.Json(key.JsonWebKeySet()));

        AuthorizeEndpoints.Map(app);

        // Form-encoded: the code flow's grants (a client such as the gateway's sign-in); JSON: a token for the given claims.
        app.MapPost("/token", async (HttpContext context, TokenMinter minter, AuthorizationCodes codes) =>
        {
            if (context.Request.HasFormContentType)
            {
                return await AuthorizeEndpoints.TokenAsync(context, codes, minter);
            }

            var request = await context.Request.ReadFromJsonAsync<TokenRequest>();
            if (request is null || TokenMinter.Problem(request) is { } problem)
            {
                return Results.BadRequest(new { error = "invalid_request", error_description = request is null ? "A JSON body is required." : TokenMinter.Problem(request) });
            }

            return Results.Json(new { access_token = minter.Mint(request), token_type = "Bearer", expires_in = request.LifetimeMinutes * 60 });
        });
    }
}
