using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace NationalRecognition.StandInIdentity;

/// <summary>
/// The code flow's grants, in memory (they die with the process, as the key does): an authorization code is used once,
/// within two minutes, by the client and redirect address it was issued for, with the PKCE verifier of its S256
/// challenge; a refresh token gives the same person new tokens until the process ends.
/// </summary>
public sealed class AuthorizationCodes(TimeProvider time)
{
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<string, CodeGrant> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenRequest> _refreshTokens = new(StringComparer.Ordinal);

    public string Issue(TokenRequest person, string clientId, string redirectUri, string codeChallenge, string? nonce)
    {
        var code = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        _codes[code] = new CodeGrant(person, clientId, redirectUri, codeChallenge, nonce, time.GetUtcNow() + CodeLifetime);
        return code;
    }

    /// <summary>The grant of a code, removed (single use); null when unknown, expired, or not matching the request.</summary>
    public CodeGrant? Redeem(string? code, string? clientId, string? redirectUri, string? codeVerifier)
    {
        if (code is null || !_codes.TryRemove(code, out var grant) || grant.ExpiresAt < time.GetUtcNow()
            || grant.ClientId != clientId || grant.RedirectUri != redirectUri || codeVerifier is null
            || !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(codeVerifier)))),
                Encoding.ASCII.GetBytes(grant.CodeChallenge)))
        {
            return null;
        }

        return grant;
    }

    public string IssueRefreshToken(TokenRequest person)
    {
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        _refreshTokens[token] = person;
        return token;
    }

    public TokenRequest? Refresh(string? refreshToken) =>
        refreshToken is not null && _refreshTokens.TryGetValue(refreshToken, out var person) ? person : null;

    public sealed record CodeGrant(TokenRequest Person, string ClientId, string RedirectUri, string CodeChallenge, string? Nonce, DateTimeOffset ExpiresAt);
}
