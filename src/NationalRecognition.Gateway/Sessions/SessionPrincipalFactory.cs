using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.Sessions;

/// <summary>
/// Turns the provider's access token into a session's identity, with exactly the checks a bearer request gets
/// (signature, issuer, audience, lifetime, then <see cref="ActorClaimsValidator"/>): a browser session is never a
/// wider door than a token. The identity keeps the caller's claims only (sub, iss, role, bin, iin, ministry): the issuer
/// names the person with the subject and says whether the role claims are honoured (<see cref="RoleClaimTrust"/>); a
/// person's roles are read from the platform at each request, as for a bearer token.
/// </summary>
public sealed class SessionPrincipalFactory(IOptionsMonitor<JwtBearerOptions> bearerOptions, RoleClaimTrust trust)
{
    private static readonly string[] Kept =
        [ActorClaimTypes.Subject, ActorClaimTypes.Issuer, ActorClaimTypes.Role, ActorClaimTypes.Bin, ActorClaimTypes.Iin, ActorClaimTypes.Ministry];

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
            var problem = trust.Honours(principal) ? ActorClaimsValidator.Problem(principal) : ActorClaimsValidator.PersonProblem(principal);
            return problem is not null ? (null, problem) : (principal, null);
        }

        return (null, "The identity provider's access token did not validate.");
    }
}
