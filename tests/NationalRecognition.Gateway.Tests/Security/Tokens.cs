using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.Tests.Security;

/// <summary>Tokens for the tests: good ones from the gateway's own issuer, bad ones built by hand.</summary>
internal static class Tokens
{
    public const string Bin = "230440000129";
    public const string Iin = "050315601237";

    public static GatewayJwtOptions Options { get; } = new() { LocalSigningKey = SecureHost.TestKey };

    public static string Valid(ActorRole role = ActorRole.CommissionChair, string subject = "chair-1", string? bin = Bin, string? iin = null) =>
        new LocalTokenIssuer(Options, TimeProvider.System).Issue(subject, role, TimeSpan.FromHours(1), bin, iin);

    public static string Expired() =>
        new LocalTokenIssuer(Options, new At(DateTimeOffset.UtcNow.AddHours(-3))).Issue("chair-1", ActorRole.CommissionChair, TimeSpan.FromHours(1), Bin);

    public static string Custom(string issuer, string audience, byte[]? key = null, IDictionary<string, object>? claims = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims ?? new Dictionary<string, object> { ["sub"] = "chair-1", ["role"] = "CommissionChair", ["bin"] = Bin },
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(key ?? Convert.FromBase64String(SecureHost.TestKey)), SecurityAlgorithms.HmacSha256),
        });

    /// <summary>Changes one claim in the payload and keeps the original signature.</summary>
    public static string Tampered()
    {
        var parts = Valid(subject: "chair-1").Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("CommissionChair", "PlatformAdministrator", StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }

    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
