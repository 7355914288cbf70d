using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.Sessions;

/// <summary>
/// Turns the provider's access token into a session's identity, with exactly the checks a bearer request gets
/// (signature, issuer, audience, lifetime, then <see cref="ActorClaimsValidator"/>): a browser session is never a
/// wider door than a token. The identity keeps the caller's claims only (sub, role, bin, iin, ministry).
/// </summary>
public sealed class SessionPrincipalFactory(IOptionsMonitor<JwtBearerOptions> bearerOptions)
{
    private static readonly string[] Kept =
        [ActorClaimTypes.Subject, ActorClaimTypes.Role, ActorClaimTypes.Bin, ActorClaimTypes.Iin, ActorClaimTypes.Ministry];

    /// <summary>The session's principal, or why the token was refused (safe to log: it names no value).</summary>
    public async Task<(ClaimsPrincipal? Principal, string? Problem)> FromAccessTokenAsync(string? accessToken, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(accessToken))
        {
            return (null, "The identity provider sent no access token.");
        }

        var bearer = bearerOptions.Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = bearer.TokenValidationParameters.Clone();
        if (bearer.ConfigurationManager is { } manager)
        {
            // As the bearer handler does: the provider's keys, and its issuer unless one is configured.
            var configuration = await manager.GetConfigurationAsync(cancellationToken);
            parameters.ValidIssuer ??= configuration.Issuer;
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
        }

        foreach (var handler in bearer.TokenHandlers)
        {
            var result = await handler.ValidateTokenAsync(accessToken, parameters);
            if (!result.IsValid || result.ClaimsIdentity is not { } identity)
            {
                continue;
            }

            var claims = identity.Claims.Where(claim => Kept.Contains(claim.Type)).Select(claim => new Claim(claim.Type, claim.Value));
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SessionSchemes.SessionAuthenticationType, ActorClaimTypes.Subject, ActorClaimTypes.Role));
            return ActorClaimsValidator.Problem(principal) is { } problem ? (null, problem) : (principal, null);
        }

        return (null, "The identity provider's access token did not validate.");
    }
}
