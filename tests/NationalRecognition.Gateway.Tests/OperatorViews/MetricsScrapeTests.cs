using System.Net;
using System.Net.Http.Headers;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Tests.Security;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.ServiceDefaults.Operations;

namespace NationalRecognition.Gateway.Tests.OperatorViews;

/// <summary>
/// A gateway that hosts a silo exports the silo's exact business counters at <c>/metrics</c>: on its public port the
/// scrape is the operator's, like the silo's own scrape endpoint on its cluster-internal port.
/// </summary>
public sealed class MetricsScrapeTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task An_anonymous_scrape_of_a_gateway_hosting_a_silo_is_refused()
    {
        using var response = await ScrapeAsync(token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_analyst_cannot_scrape_the_exact_business_counters()
    {
        using var response = await ScrapeAsync(Tokens.Valid(ActorRole.MinistryAnalyst, subject: "analyst-1", bin: null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_operator_scrapes_the_business_meters()
    {
        using var response = await ScrapeAsync(Tokens.Valid(ActorRole.PlatformAdministrator, subject: "admin-1", bin: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> ScrapeAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, PlatformWebTelemetry.MetricsPath);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await factory.CreateClient().SendAsync(request);
    }
}
