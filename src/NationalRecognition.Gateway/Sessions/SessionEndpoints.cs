using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using NationalRecognition.Gateway.Security;
using NationalRecognition.Gateway.Sessions.DevIdentity;

namespace NationalRecognition.Gateway.Sessions;

/// <summary>
/// The session's endpoints for the web application: start (the code flow), end, describe (who is signed in, until when,
/// and the antiforgery token for writes; never a provider token) and extend.
/// </summary>
public static class SessionEndpoints
{
    public const string SignInPath = "/auth/signin";
    public const string SignOutPath = "/auth/signout";
    public const string SessionPath = "/auth/session";
    public const string ExtendPath = "/auth/session/extend";

    public static IEndpointRouteBuilder MapBrowserSessions(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<SessionPrincipalFactory>() is null)
        {
            return endpoints;
        }

        if (endpoints.ServiceProvider.GetService<DevIdentityProvider>() is not null)
        {
            endpoints.MapDevIdentity();
        }

        endpoints.MapGet(SignInPath, (string? returnUrl) =>
            Results.Challenge(new AuthenticationProperties { RedirectUri = LocalPath(returnUrl) }, [SessionSchemes.SignIn]));

        endpoints.MapPost(SignOutPath, SignOutAsync).DisableAntiforgery();
        endpoints.MapGet(SessionPath, DescribeAsync);
        endpoints.MapPost(ExtendPath, ExtendAsync).DisableAntiforgery();
        return endpoints;
    }

    /// <summary>Only a path of this site: a sign-in link must not become a redirect to anywhere.</summary>
    internal static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            ? returnUrl
            : "/";

    private static async Task<IResult> DescribeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        context.Response.Headers.CacheControl = "no-store";
        var token = antiforgery.GetAndStoreTokens(context).RequestToken;
        if (!SessionSchemes.IsSession(context))
        {
            return Results.Json(new { signedIn = false, antiforgeryToken = token });
        }

        var user = context.User;
        // From the cookie's own ticket (the request's result, not authenticated again): a person's role resolution
        // replaced the request's user, which drops the authentication result it came with.
        var expiresAt = (await context.AuthenticateAsync(SessionSchemes.Cookie)).Properties?.ExpiresUtc;
        return Results.Json(new
        {
            signedIn = true,
            subject = user.FindFirst(ActorClaimTypes.Subject)?.Value,
            role = user.FindFirst(ActorClaimTypes.Role)?.Value,
            bin = user.FindFirst(ActorClaimTypes.Bin)?.Value,
            iin = user.FindFirst(ActorClaimTypes.Iin)?.Value,
            ministry = user.FindFirst(ActorClaimTypes.Ministry)?.Value,
            expiresAt,
            antiforgeryToken = token,
        });
    }

    private static async Task<IResult> ExtendAsync(HttpContext context, SessionRefresher refresher, BrowserSessionOptions options, TimeProvider time)
    {
        var result = await context.AuthenticateAsync(SessionSchemes.Cookie);
        if (!result.Succeeded || result.Properties is not { } properties)
        {
            return Results.Json(new { signedIn = false }, statusCode: StatusCodes.Status401Unauthorized);
        }

        var principal = result.Principal;
        if (SessionTokens.AccessTokenExpiry(properties) - time.GetUtcNow() <= options.RefreshBefore)
        {
            principal = await refresher.RefreshAsync(properties, context.RequestAborted);
            if (principal is null)
            {
                await context.SignOutAsync(SessionSchemes.Cookie);
                return Results.Json(new { signedIn = false }, statusCode: StatusCodes.Status401Unauthorized);
            }
        }

        properties.IssuedUtc = time.GetUtcNow();
        properties.ExpiresUtc = properties.IssuedUtc + options.Lifetime;
        await context.SignInAsync(SessionSchemes.Cookie, principal, properties);
        return Results.Json(new { signedIn = true, expiresAt = properties.ExpiresUtc });
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IOptionsMonitor<OpenIdConnectOptions> signIn)
    {
        var result = await context.AuthenticateAsync(SessionSchemes.Cookie);
        await context.SignOutAsync(SessionSchemes.Cookie);
        var options = signIn.Get(SessionSchemes.SignIn);
        var configuration = options.ConfigurationManager is { } manager ? await manager.GetConfigurationAsync(context.RequestAborted) : null;
        if (!string.IsNullOrEmpty(configuration?.EndSessionEndpoint) && result.Succeeded)
        {
            // End the provider's own session too, and come back to the application. The client id names the session
            // (no id_token_hint: no token ever travels in an address).
            var query = QueryString.Create(new Dictionary<string, string?>
            {
                ["client_id"] = options.ClientId,
                ["post_logout_redirect_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/",
            });
            return Results.Redirect(configuration.EndSessionEndpoint + query);
        }

        return Results.Redirect("/");
    }
}
