using System.Net;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.GraphQLOverHttp.Tests.Support;
using static NationalRecognition.GraphQLOverHttp.Tests.Support.GraphQLHttp;

namespace NationalRecognition.Gateway.Tests;

/// <summary>
/// The gateway's schema within the transport's default limits (the limits themselves are the transport's tests:
/// tests/NationalRecognition.GraphQLOverHttp.Tests).
/// </summary>
public sealed class LimitsTests
{
    [Fact]
    public async Task GraphiQL_introspection_query_passes_the_default_limits()
    {
        await using var factory = new GatewayFactory();

        var response = await PostAsync(factory.CreateClient(), new { query = IntrospectionQuery.Full });

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var json = await ReadJsonAsync(response);
        Assert.Null(json["errors"]);
        Assert.Equal("Query", (string)json["data"]!["__schema"]!["queryType"]!["name"]!);
    }
}
