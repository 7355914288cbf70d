using System.Net;
using System.Net.Http.Headers;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.OperatorViews;
using NationalRecognition.Gateway.Tests.Security;
using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests.OperatorViews;

/// <summary>The Orleans Dashboard has no authentication of its own: the gateway lets platform administrators in, and no one else.</summary>
public sealed class OperatorDashboardTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task An_anonymous_caller_is_not_let_into_the_Orleans_dashboard()
    {
        using var response = await GetAsync(token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(ActorRole.MinistryAnalyst)]
    [InlineData(ActorRole.CommissionChair)]
    [InlineData(ActorRole.Registrar)]
    public async Task Staff_who_are_not_platform_administrators_are_refused_the_Orleans_dashboard(ActorRole role)
    {
        using var response = await GetAsync(Tokens.Valid(role, subject: "staff-1", bin: role == ActorRole.MinistryAnalyst ? null : Tokens.Bin));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_platform_administrator_gets_the_Orleans_dashboard()
    {
        using var response = await GetAsync(Tokens.Valid(ActorRole.PlatformAdministrator, subject: "admin-1", bin: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpResponseMessage> GetAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, OrleansDashboardEndpoints.Path + "/");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await factory.CreateClient().SendAsync(request);
    }
}
