using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.Tests.Security;

/// <summary>
/// A token found valid is remembered as that exact string, never past its own expiry or the configured lifetime; a
/// refused one is never remembered. Checking again with the wrong key shows whether a token was checked again.
/// </summary>
public sealed class ValidatedTokenCacheTests
{
    private static readonly TokenValidationParameters RightKey = Parameters(Convert.FromBase64String(SecureHost.TestKey));
    private static readonly TokenValidationParameters WrongKey = Parameters(Enumerable.Repeat((byte)7, 32).ToArray());

    [Fact]
    public async Task Valid_token_is_remembered_and_not_checked_again()
    {
        var clock = new Clock();
        using var cache = new ValidatedTokenCache(100, TimeSpan.FromMinutes(5), clock);
        var token = Tokens.Valid();

        Assert.True((await cache.ValidateTokenAsync(token, RightKey)).IsValid);
        var again = await cache.ValidateTokenAsync(token, WrongKey);

        Assert.True(again.IsValid);
        Assert.Equal("chair-1", again.ClaimsIdentity.FindFirst("sub")?.Value);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task Refused_token_is_never_remembered()
    {
        using var cache = new ValidatedTokenCache(100, TimeSpan.FromMinutes(5), new Clock());
        var tampered = Tokens.Tampered();

        Assert.False((await cache.ValidateTokenAsync(tampered, RightKey)).IsValid);
        Assert.False((await cache.ValidateTokenAsync(tampered, RightKey)).IsValid);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Remembered_token_is_checked_again_after_the_lifetime()
    {
        var clock = new Clock();
        using var cache = new ValidatedTokenCache(100, TimeSpan.FromMinutes(5), clock);
        var token = Tokens.Valid();
        await cache.ValidateTokenAsync(token, RightKey);

        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.False((await cache.ValidateTokenAsync(token, WrongKey)).IsValid);
    }

    [Fact]
    public async Task Remembered_token_is_not_honoured_after_its_own_expiry()
    {
        var clock = new Clock();
        using var cache = new ValidatedTokenCache(100, TimeSpan.FromHours(2), clock);
        var token = new LocalTokenIssuer(Tokens.Options, TimeProvider.System)
            .Issue("chair-1", ActorRole.CommissionChair, TimeSpan.FromMinutes(10), Tokens.Bin);
        await cache.ValidateTokenAsync(token, RightKey);

        clock.Advance(TimeSpan.FromMinutes(11));

        Assert.False((await cache.ValidateTokenAsync(token, WrongKey)).IsValid);
    }

    [Fact]
    public async Task Each_request_gets_its_own_copy_of_the_claims()
    {
        using var cache = new ValidatedTokenCache(100, TimeSpan.FromMinutes(5), new Clock());
        var token = Tokens.Valid();
        var first = await cache.ValidateTokenAsync(token, RightKey);

        first.ClaimsIdentity.AddClaim(new Claim("role", "PlatformAdministrator"));
        var second = await cache.ValidateTokenAsync(token, RightKey);

        Assert.Single(second.ClaimsIdentity.FindAll("role"));
    }

    private static TokenValidationParameters Parameters(byte[] key) => new()
    {
        ValidIssuer = GatewayJwtOptions.LocalIssuer,
        ValidAudience = Tokens.Options.Audience,
        IssuerSigningKey = new SymmetricSecurityKey(key),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.Zero,
    };

    private sealed class Clock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
