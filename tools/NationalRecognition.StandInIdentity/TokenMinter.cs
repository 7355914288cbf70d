using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NationalRecognition.StandInIdentity;

/// <summary>
/// Signs RS256 access tokens for the audience <c>national-recognition</c>, with the claims the gateway reads
/// (sub, role, bin, iin, ministry — each a single string claim), issued by the stand-in's own base URL.
/// </summary>
public sealed class TokenMinter(SigningKey key, IssuerAddress issuer, TimeProvider time)
{
    public const string Audience = "national-recognition";
    public const int MaxLifetimeMinutes = 24 * 60;

    /// <summary>Null when the request can be signed, else why not.</summary>
    public static string? Problem(TokenRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Sub))
        {
            return "'sub' is required.";
        }

        if (string.IsNullOrWhiteSpace(request.Role))
        {
            return "'role' is required.";
        }

        return request.LifetimeMinutes is < 1 or > MaxLifetimeMinutes
            ? $"'lifetimeMinutes' is between 1 and {MaxLifetimeMinutes}."
            : null;
    }

    public string Mint(TokenRequest request)
    {
        var claims = new Dictionary<string, object>
        {
            ["sub"] = request.Sub!.Trim(),
            ["role"] = request.Role!.Trim(),
        };
        AddIfSet(claims, "bin", request.Bin);
        AddIfSet(claims, "iin", request.Iin);
        AddIfSet(claims, "ministry", request.Ministry);

        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer.Value,
            Audience = Audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(request.LifetimeMinutes),
            SigningCredentials = key.Credentials,
        });
    }

    /// <summary>An id token for <paramref name="clientId"/>: the subject, and the nonce of the authorization request.</summary>
    public string MintIdToken(TokenRequest request, string clientId, string? nonce)
    {
        var claims = new Dictionary<string, object> { ["sub"] = request.Sub!.Trim() };
        AddIfSet(claims, "nonce", nonce);
        var now = time.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer.Value,
            Audience = clientId,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(request.LifetimeMinutes),
            SigningCredentials = key.Credentials,
        });
    }

    private static void AddIfSet(Dictionary<string, object> claims, string type, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            claims[type] = value.Trim();
        }
    }
}
