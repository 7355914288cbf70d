using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.Sessions.DevIdentity;

/// <summary>
/// The development identity provider of local mode: issues an authorization code for the demo person picked on its
/// page, redeems it (checking the PKCE verifier, the client and the redirect address) for the same tokens the
/// <c>token</c> command mints (signed with the local key, <see cref="LocalTokenIssuer"/>), and refreshes them. Codes
/// and refresh tokens are encrypted, time-limited payloads: nothing is kept in memory. It runs in the gateway's own
/// process, so the sign-in handler redeems codes without a network call. Local mode only: it authenticates nobody.
/// </summary>
public sealed class DevIdentityProvider(
    DevIdentityPeople people, GatewayJwtOptions jwt, IDataProtectionProvider protection, TimeProvider time) : IProviderTokenClient
{
    /// <summary>The client id the gateway uses with it.</summary>
    public const string ClientId = "national-recognition-web";

    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan RefreshTokenLifetime = TimeSpan.FromHours(10);

    private readonly ITimeLimitedDataProtector _codes = protection.CreateProtector("DevIdentity.Code").ToTimeLimitedDataProtector();
    private readonly ITimeLimitedDataProtector _refreshTokens = protection.CreateProtector("DevIdentity.Refresh").ToTimeLimitedDataProtector();

    /// <summary>An authorization code for <paramref name="person"/>, bound to the request's PKCE challenge, client and redirect address.</summary>
    public string IssueCode(DevPerson person, string codeChallenge, string redirectUri, string? nonce) =>
        _codes.Protect(JsonSerializer.Serialize(new CodeGrant(person.Id, codeChallenge, redirectUri, nonce)), time.GetUtcNow() + CodeLifetime);

    /// <summary>The tokens for a code, or null when the code, the verifier or the redirect address do not match.</summary>
    public ProviderTokens? Redeem(string? code, string? codeVerifier, string? redirectUri, string? clientId)
    {
        if (clientId != ClientId || string.IsNullOrEmpty(code) || string.IsNullOrEmpty(codeVerifier)
            || Unprotect<CodeGrant>(_codes, code) is not { } grant || grant.RedirectUri != redirectUri
            || !ChallengeMatches(grant.CodeChallenge, codeVerifier) || people.Find(grant.PersonId) is not { } person)
        {
            return null;
        }

        return TokensFor(person, grant.Nonce);
    }

    public Task<ProviderTokens?> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        Task.FromResult(Unprotect<RefreshGrant>(_refreshTokens, refreshToken) is { } grant && people.Find(grant.PersonId) is { } person
            ? TokensFor(person, nonce: null)
            : null);

    /// <summary>PKCE S256: the challenge is the unpadded base64url SHA-256 of the verifier.</summary>
    public static bool ChallengeMatches(string challenge, string verifier) =>
        CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))),
            Encoding.ASCII.GetBytes(challenge));

    private ProviderTokens TokensFor(DevPerson person, string? nonce)
    {
        var subject = SubjectOf(person);
        var now = time.GetUtcNow();
        var issuer = new LocalTokenIssuer(jwt, time);
        var access = person.RoleHeldByPlatform
            ? issuer.Issue(subject, role: null, AccessTokenLifetime, iin: person.Iin)
            : issuer.Issue(subject, person.Role, AccessTokenLifetime, person.Bin, person.Iin, person.Ministry);
        var claims = new Dictionary<string, object> { [ActorClaimTypes.Subject] = subject, ["name"] = person.Name };
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        var id = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.EffectiveIssuer,
            Audience = ClientId,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + AccessTokenLifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(LocalSigningKey.Resolve(jwt), SecurityAlgorithms.HmacSha256),
        });
        var refresh = _refreshTokens.Protect(JsonSerializer.Serialize(new RefreshGrant(person.Id)), now + RefreshTokenLifetime);
        return new ProviderTokens(access, refresh, id, now + AccessTokenLifetime);
    }

    /// <summary>
    /// The subject a demo person's tokens carry: the same as the <c>token</c> command's for that role, and so the one the
    /// demo data grants the role to (<see cref="LocalSubjects"/>).
    /// </summary>
    public static string SubjectOf(DevPerson person)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (person.Bin is not null)
        {
            values["bin"] = person.Bin;
        }

        if (person.Iin is not null)
        {
            values["iin"] = person.Iin;
        }

        if (person.Ministry is not null)
        {
            values["ministry"] = person.Ministry;
        }

        return LocalTokenCommand.DefaultSubject(person.Role, values);
    }

    private static T? Unprotect<T>(ITimeLimitedDataProtector protector, string value)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(protector.Unprotect(value));
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record CodeGrant(string PersonId, string CodeChallenge, string RedirectUri, string? Nonce);

    private sealed record RefreshGrant(string PersonId);
}
