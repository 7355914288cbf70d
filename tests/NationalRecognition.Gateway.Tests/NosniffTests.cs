using System.Net.Http.Headers;
using System.Text;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Tests.Support;

namespace NationalRecognition.Gateway.Tests;

/// <summary>
/// Every answer that is not a page says <c>X-Content-Type-Options: nosniff</c>, whatever the endpoint and whether it
/// succeeded or refused, so that no browser reads a JSON, NDJSON or CSV answer as HTML or script.
/// </summary>
public sealed class NosniffTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    public static TheoryData<string, string> Requests => new()
    {
        { "POST", "/graphql" },
        { "GET", "/graphql?query=%7B__typename%7D" },
        { "POST", "/feed/certificates" },
        { "GET", "/statistics.csv" },
        { "GET", "/health/live" },
        { "GET", "/health/ready" },
        { "GET", "/metrics" },
        { "GET", "/no-such-path" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task An_answer_that_is_not_a_page_says_nosniff(string method, string path)
    {
        var client = factory.CreateClient();
        foreach (var role in new ActorRole?[] { null, ActorRole.PlatformAdministrator, ActorRole.ExchangeFeed })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method == "POST")
            {
                var ndjson = path.StartsWith("/feed", StringComparison.Ordinal);
                request.Content = new StringContent(ndjson ? "{}\n" : "{\"query\":\"{ __typename }\"}", Encoding.UTF8);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue(ndjson ? "application/x-ndjson" : "application/json");
            }

            (role is { } r ? ApiSession.As(client, r) : ApiSession.Anonymous(client)).Authenticate(request);

            using var response = await client.SendAsync(request);

            Assert.Equal(["nosniff"], response.Headers.TryGetValues("X-Content-Type-Options", out var values) ? values : []);
        }
    }
}
