using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Gateway.Security;

/// <summary>Signs tokens with the local key, carrying the same claims an identity provider would send.</summary>
public sealed class LocalTokenIssuer(GatewayJwtOptions options, TimeProvider time)
{
    /// <summary>
    /// A signed token for one caller, valid from now for <paramref name="lifetime"/>. Without a role it is a person's
    /// token, as the national provider issues them: the platform's grants say what the person may do.
    /// </summary>
    public string Issue(string subject, ActorRole? role, TimeSpan lifetime, string? bin = null, string? iin = null, string? ministry = null)
    {
        var claims = new Dictionary<string, object> { [ActorClaimTypes.Subject] = subject };
        AddIfSet(claims, ActorClaimTypes.Role, role?.ToString());
        AddIfSet(claims, ActorClaimTypes.Bin, bin);
        AddIfSet(claims, ActorClaimTypes.Iin, iin);
        AddIfSet(claims, ActorClaimTypes.Ministry, ministry);

        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.EffectiveIssuer,
            Audience = options.Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(LocalSigningKey.Resolve(options), SecurityAlgorithms.HmacSha256),
        });
    }

    private static void AddIfSet(Dictionary<string, object> claims, string type, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            claims[type] = value;
        }
    }
}
