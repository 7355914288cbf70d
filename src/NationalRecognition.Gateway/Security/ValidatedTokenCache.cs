using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NationalRecognition.Gateway.Security;

/// <summary>
/// The bearer-token handler, remembering tokens it found valid: a learner's client sends the same token with every
/// request until it expires, and checking its signature (RSA) and parsing it each time was about 8 % of the gateway's
/// CPU at an admission peak. A remembered token is accepted only as the exact same string, never after its own
/// expiry (<c>exp</c>, with no clock skew), and for at most <see cref="GatewayJwtOptions.ValidatedTokenLifetime"/>, so
/// a signing key withdrawn by the provider stops being honoured within that time. Refused tokens are never remembered
/// (each one is checked again), and each request gets its own copy of the claims.
/// </summary>
internal sealed class ValidatedTokenCache : JsonWebTokenHandler, IDisposable
{
    private readonly MemoryCache _tokens;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    public ValidatedTokenCache(int capacity, TimeSpan lifetime, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _time = time;
        _lifetime = lifetime;
        _tokens = new MemoryCache(new MemoryCacheOptions { SizeLimit = capacity, Clock = null, CompactionPercentage = 0.25 });
    }

    /// <summary>How many tokens are remembered now.</summary>
    public int Count => _tokens.Count;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = _time.GetUtcNow();
        if (_tokens.TryGetValue(token, out Remembered? remembered) && remembered is not null && now < remembered.Until)
        {
            return new TokenValidationResult
            {
                IsValid = true,
                ClaimsIdentity = remembered.Identity.Clone(),
                SecurityToken = remembered.Token,
                Issuer = remembered.Issuer,
                TokenType = remembered.TokenType,
            };
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } validated && result.ClaimsIdentity is { } identity)
        {
            var until = Min(new DateTimeOffset(validated.ValidTo, TimeSpan.Zero), now + _lifetime);
            if (until > now)
            {
                _tokens.Set(token, new Remembered(identity.Clone(), validated, result.Issuer, result.TokenType, until),
                    new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = until });
            }
        }

        return result;
    }

    public void Dispose() => _tokens.Dispose();

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private sealed record Remembered(ClaimsIdentity Identity, SecurityToken Token, string? Issuer, string? TokenType, DateTimeOffset Until);
}
