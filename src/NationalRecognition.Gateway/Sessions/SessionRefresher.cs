using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace NationalRecognition.Gateway.Sessions;

/// <summary>
/// Keeps a session's access token fresh: when it is about to expire, the refresh token buys a new one, which is
/// validated like the first (so a person whose role the provider withdrew loses it at the next refresh); when that fails
/// the session ends. The session's own end is not moved by a refresh: only the extend endpoint moves it.
/// </summary>
public sealed partial class SessionRefresher(
    IProviderTokenClient tokenClient, SessionPrincipalFactory principals, BrowserSessionOptions options, TimeProvider time,
    ILogger<SessionRefresher> logger)
{
    /// <summary>The cookie handler's OnValidatePrincipal.</summary>
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (SessionTokens.AccessTokenExpiry(context.Properties) - time.GetUtcNow() > options.RefreshBefore)
        {
            return;
        }

        var principal = await RefreshAsync(context.Properties, context.HttpContext.RequestAborted);
        if (principal is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SessionSchemes.Cookie);
            return;
        }

        context.ReplacePrincipal(principal);
        await context.HttpContext.SignInAsync(SessionSchemes.Cookie, principal, context.Properties);
    }

    /// <summary>Refreshes the tokens in <paramref name="properties"/>; the new principal, or null when the session must end.</summary>
    public async Task<ClaimsPrincipal?> RefreshAsync(AuthenticationProperties properties, CancellationToken cancellationToken)
    {
        if (properties.GetTokenValue(SessionTokens.RefreshToken) is not { Length: > 0 } refreshToken)
        {
            LogEnded(logger, "no refresh token");
            return null;
        }

        var tokens = await tokenClient.RefreshAsync(refreshToken, cancellationToken);
        if (tokens is null)
        {
            LogEnded(logger, "the provider refused the refresh token");
            return null;
        }

        var (principal, problem) = await principals.FromAccessTokenAsync(tokens.AccessToken, cancellationToken);
        if (principal is null)
        {
            LogEnded(logger, problem!);
            return null;
        }

        SessionTokens.Store(properties, tokens);
        return principal;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A browser session ended at token refresh: {Reason}.")]
    private static partial void LogEnded(ILogger logger, string reason);
}
