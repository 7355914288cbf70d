using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.Tests.Security;

/// <summary>A bad token is refused with 401 (never downgraded to anonymous); a good one identifies the caller.</summary>
public sealed class TokenValidationTests : IAsyncLifetime
{
    private SecureHost _host = null!;

    public async Task InitializeAsync() => _host = await SecureHost.Start();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_valid_local_token_identifies_the_caller_by_its_sub_and_role_claims()
    {
        var whoami = await _host.Get("/whoami", Tokens.Valid(subject: "chair-17"));
        var role = await _host.Get("/private", Tokens.Valid(subject: "chair-17"));

        Assert.Equal("chair-17", await whoami.Content.ReadAsStringAsync());
        Assert.Equal("CommissionChair", await role.Content.ReadAsStringAsync());
    }

    public static TheoryData<string, string> BadTokens => new()
    {
        { "tampered", Tokens.Tampered() },
        { "expired", Tokens.Expired() },
        { "wrong audience", Tokens.Custom(GatewayJwtOptions.LocalIssuer, "another-service") },
        { "wrong issuer", Tokens.Custom("https://impostor.example", "national-recognition") },
        { "signed with another key", Tokens.Custom(GatewayJwtOptions.LocalIssuer, "national-recognition", RandomNumberGenerator.GetBytes(32)) },
        { "System role", Tokens.Valid(ActorRole.System, bin: null) },
        { "staff without BIN", Tokens.Valid(ActorRole.Registrar, bin: null) },
        { "learner without IIN", Tokens.Valid(ActorRole.Learner, bin: null) },
        { "not a token", "not-a-token" },
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_refused_with_401_even_where_no_identity_is_needed(string why, string token)
    {
        var response = await _host.Get("/whoami", token);

        Assert.True(HttpStatusCode.Unauthorized == response.StatusCode, $"{why}: {response.StatusCode}");
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_is_refused_as_expired()
    {
        var response = await _host.Get("/whoami", Tokens.Expired());

        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal(
            (HttpStatusCode.Unauthorized, "UNAUTHENTICATED", "TOKEN_EXPIRED"),
            (response.StatusCode, (string)error["extensions"]!["code"]!, (string)error["extensions"]!["reason"]!));
        Assert.Equal("The token has expired: get a new one (sign in again) and repeat the request.", (string)error["message"]!);
    }

    [Fact]
    public async Task A_tampered_token_is_refused_as_invalid_not_as_expired()
    {
        var response = await _host.Get("/whoami", Tokens.Tampered());

        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]![0]!;
        Assert.Equal("TOKEN_INVALID", (string)error["extensions"]!["reason"]!);
    }

    [Fact]
    public async Task Without_a_token_public_calls_run_anonymously_and_identity_calls_get_401()
    {
        var open = await _host.Get("/whoami");
        var closed = await _host.Get("/private");

        Assert.Equal("anonymous", await open.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, closed.StatusCode);
    }

    [Fact]
    public async Task A_learner_token_carries_the_IIN_claim()
    {
        var response = await _host.Get("/private", Tokens.Valid(ActorRole.Learner, "learner-1", bin: null, iin: Tokens.Iin));

        Assert.Equal("Learner", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Local_tokens_are_refused_at_start_up_outside_local_mode()
    {
        var settings = SecureHost.LocalSettings();
        settings["Recognition:Mode"] = "PostgreSql";

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => SecureHost.Start(settings));

        Assert.Contains("Authority", refusal.Message, StringComparison.Ordinal);
    }
}
