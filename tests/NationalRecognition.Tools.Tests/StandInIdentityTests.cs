using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using NationalRecognition.StandInIdentity;

namespace NationalRecognition.Tools.Tests;

/// <summary>
/// The stand-in identity provider's tokens are accepted by a gateway in OpenIdConnect mode, and only its
/// untouched tokens with coherent claims are: the gateway, not the stand-in, judges them.
/// </summary>
public sealed class StandInIdentityTests(StandInAndGateway hosts) : IClassFixture<StandInAndGateway>
{
    private const string Bin = "230440000129";
    private const string Iin = "050315601237";

    private readonly RunningStandIn _standIn = hosts.StandIn;
    private readonly OpenIdConnectGateway _gateway = hosts.Gateway;

    [Theory]
    [InlineData("CommissionChair", Bin, null)]
    [InlineData("Learner", null, Iin)]
    public async Task The_gateway_accepts_a_stand_in_token_and_reads_its_claims(string role, string? bin, string? iin)
    {
        var token = await _standIn.Token(new { sub = "caller-7", role, bin, iin, lifetimeMinutes = 5 });

        var whoami = await _gateway.Get("/whoami", token);
        var privateCall = await _gateway.Get("/private", token);

        Assert.Equal("caller-7", await whoami.Content.ReadAsStringAsync());
        Assert.Equal(role, await privateCall.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_gateway_refuses_a_tampered_stand_in_token()
    {
        var parts = (await _standIn.Token(new { sub = "chair-1", role = "CommissionChair", bin = Bin })).Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace("CommissionChair", "PlatformAdministrator", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        var response = await _gateway.Get("/whoami", tampered);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_gateway_refuses_a_token_of_another_stand_in_run_whose_key_it_never_saw()
    {
        await using var other = await RunningStandIn.Start();
        var token = await other.Token(new { sub = "chair-1", role = "CommissionChair", bin = Bin });

        var response = await _gateway.Get("/whoami", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("Learner", null, null)]
    [InlineData("Registrar", null, null)]
    [InlineData("System", Bin, null)]
    public async Task Claims_the_gateway_finds_incoherent_are_signed_but_refused_there(string role, string? bin, string? iin)
    {
        var token = await _standIn.Token(new { sub = "someone", role, bin, iin });

        var response = await _gateway.Get("/whoami", token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Discovery_names_its_own_base_URL_as_issuer_and_the_JWKS_holds_no_private_key()
    {
        var discovery = await _standIn.Client.GetFromJsonAsync<JsonObject>("/.well-known/openid-configuration");
        var jwks = await _standIn.Client.GetFromJsonAsync<JsonObject>(DiscoveryDocument.JwksPath);

        Assert.Equal(_standIn.Issuer, (string)discovery!["issuer"]!);
        Assert.StartsWith("http://127.0.0.1:", _standIn.Issuer, StringComparison.Ordinal);
        Assert.Equal(_standIn.Issuer + DiscoveryDocument.JwksPath, (string)discovery["jwks_uri"]!);
        var key = Assert.Single(jwks!["keys"]!.AsArray())!.AsObject();
        Assert.Equal(["alg", "e", "kid", "kty", "n", "use"], key.Select(p => p.Key).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("RS256", (string)key["alg"]!);
    }

    [Theory]
    [InlineData("{\"role\":\"Learner\"}")]
    [InlineData("{\"sub\":\"x\"}")]
    [InlineData("{\"sub\":\"x\",\"role\":\"Learner\",\"lifetimeMinutes\":0}")]
    public async Task A_token_request_without_subject_or_role_or_with_no_lifetime_is_a_bad_request(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await _standIn.Client.PostAsync("/token", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5199")]
    [InlineData("http://*:5199")]
    [InlineData("http://+:5199")]
    [InlineData("http://[::]:5199")]
    [InlineData("http://10.1.2.3:5199")]
    [InlineData("http://idp.example:5199")]
    [InlineData("https://127.0.0.1:5199")]
    [InlineData("http://127.0.0.1:5199;http://0.0.0.0:5200")]
    public void Any_address_but_loopback_is_refused_before_binding(string urls)
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => StandInIdentityApp.Build(["--urls", urls]));

        Assert.Contains("Refused", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5199")]
    [InlineData("http://localhost:5199")]
    [InlineData("http://[::1]:5199")]
    [InlineData("http://127.0.0.2:0")]
    public void Loopback_addresses_are_accepted(string urls) =>
        Assert.True(LoopbackEndpoints.IsLoopback(Assert.Single(LoopbackEndpoints.Parse(urls)).Address));
}
