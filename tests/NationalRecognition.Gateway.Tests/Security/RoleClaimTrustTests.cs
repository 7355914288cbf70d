using System.Security.Claims;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.Tests.Security;

/// <summary>Whose role claims are taken as they are: machine clients and development issuers, never a person of the national provider.</summary>
public sealed class RoleClaimTrustTests
{
    private const string National = "https://idp.egov.kz";

    private static readonly GatewayJwtOptions Production = new() { Authority = National, MachineClients = ["enbek-feed"] };

    [Fact]
    public void A_persons_role_claim_from_the_national_provider_is_not_honoured()
    {
        Assert.False(new RoleClaimTrust(Production).Honours(Principal(National, ("role", "PlatformAdministrator"))));
    }

    [Fact]
    public void A_configured_machine_client_keeps_its_role()
    {
        Assert.True(new RoleClaimTrust(Production).Honours(Principal(National, ("role", "ExchangeFeed"), ("client_id", "enbek-feed"))));
    }

    [Fact]
    public void A_machine_client_is_also_recognised_by_its_authorized_party()
    {
        Assert.True(new RoleClaimTrust(Production).Honours(Principal(National, ("role", "ExchangeFeed"), ("azp", "enbek-feed"))));
    }

    [Fact]
    public void A_configured_development_issuers_role_claims_are_honoured()
    {
        var trial = new GatewayJwtOptions { Authority = "http://127.0.0.1:5199", RoleClaimIssuers = ["http://127.0.0.1:5199/"] };

        Assert.True(new RoleClaimTrust(trial).Honours(Principal("http://127.0.0.1:5199", ("role", "CommissionChair"))));
    }

    [Fact]
    public void Local_modes_own_issuer_is_a_development_issuer()
    {
        Assert.True(new RoleClaimTrust(new GatewayJwtOptions()).Honours(Principal(GatewayJwtOptions.LocalIssuer, ("role", "Registrar"))));
    }

    [Fact]
    public void A_token_without_a_role_claim_is_a_persons_whatever_its_issuer()
    {
        Assert.False(new RoleClaimTrust(new GatewayJwtOptions()).Honours(Principal(GatewayJwtOptions.LocalIssuer)));
    }

    private static ClaimsPrincipal Principal(string issuer, params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)).Append(new Claim("iss", issuer)).Append(new Claim("sub", "someone")), "test"));
}
