using System.Net;
using Microsoft.AspNetCore.Http;
using NationalRecognition.GraphQLOverHttp.Tests.Support;
using static NationalRecognition.GraphQLOverHttp.Tests.Support.GraphQLHttp;

namespace NationalRecognition.GraphQLOverHttp.Tests;

/// <summary>Every configured limit is enforced, with its own status and error code.</summary>
public sealed class LimitsTests
{
    [Fact]
    public void Defaults_set_every_limit()
    {
        var defaults = new GraphQLEndpointOptions();

        Assert.Equal(100 * 1024, defaults.MaxRequestBodyBytes);
        Assert.Equal(8 * 1024, defaults.MaxQueryStringLength);
        Assert.Equal(15, defaults.MaxDepth);
        Assert.Equal(5_000, defaults.MaxComplexity);
        Assert.Equal(TimeSpan.FromSeconds(30), defaults.ExecutionTimeout);
        Assert.True(defaults.EnableIntrospection);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.MaxRequestBodyBytes = 200);
        var padding = new string(' ', 300);

        var response = await PostRawAsync(endpoint.Client, $$"""{"query":"{ server { name } }"{{padding}}}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(["PAYLOAD_TOO_LARGE"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Body_over_the_limit_without_content_length_is_refused_while_reading()
    {
        // A chunked body declares no length: the limit must hold while reading, not only on the header.
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(new byte[300]);

        Assert.Null(await BoundedBody.ReadAsync(context.Request, maxBytes: 200, CancellationToken.None));
        context.Request.Body = new MemoryStream(new byte[200]);
        Assert.Equal(200, (await BoundedBody.ReadAsync(context.Request, maxBytes: 200, CancellationToken.None))!.Length);
    }

    [Fact]
    public async Task Body_within_the_limit_is_served()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.MaxRequestBodyBytes = 200);

        var response = await PostAsync(endpoint.Client, new { query = "{ server { name } }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_query_string_over_the_limit_is_414()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.MaxQueryStringLength = 100);
        var query = Uri.EscapeDataString("{ server { name } }" + new string(' ', 100));

        var response = await GetAsync(endpoint.Client, "/graphql?query=" + query);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal(["URI_TOO_LONG"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Document_deeper_than_max_depth_is_400_too_complex()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.MaxDepth = 1);

        var tooDeep = await PostAsync(endpoint.Client, new { query = "{ server { name } }" });
        var shallow = await PostAsync(endpoint.Client, new { query = "{ __typename }" });

        Assert.Equal(HttpStatusCode.BadRequest, tooDeep.StatusCode);
        Assert.Equal(["TOO_COMPLEX"], await ErrorCodesAsync(tooDeep));
        Assert.Equal(HttpStatusCode.OK, shallow.StatusCode);
    }

    [Fact]
    public async Task Document_more_complex_than_max_complexity_is_400_too_complex()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.MaxComplexity = 3);

        var tooComplex = await PostAsync(endpoint.Client,
            new { query = "{ a: server { name version } b: server { name version } }" });
        var simple = await PostAsync(endpoint.Client, new { query = "{ server { name } }" });

        Assert.Equal(HttpStatusCode.BadRequest, tooComplex.StatusCode);
        Assert.Equal(["TOO_COMPLEX"], await ErrorCodesAsync(tooComplex));
        Assert.Equal(HttpStatusCode.OK, simple.StatusCode);
    }

    [Fact]
    public async Task Execution_over_the_timeout_is_stopped_with_a_timeout_error()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.ExecutionTimeout = TimeSpan.FromMilliseconds(200));
        var started = TimeProvider.System.GetTimestamp();

        var response = await PostAsync(endpoint.Client, new { query = "{ slow }" });

        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(30),
            "the slow field should have been cancelled by the execution timeout");
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal(["TIMEOUT"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Introspection_switched_off_is_refused_with_introspection_disabled()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.EnableIntrospection = false);

        var introspection = await PostAsync(endpoint.Client, new { query = "{ __schema { queryType { name } } }" });
        var ordinary = await PostAsync(endpoint.Client, new { query = "{ server { name } }" });

        Assert.Equal(HttpStatusCode.BadRequest, introspection.StatusCode);
        Assert.Equal(["INTROSPECTION_DISABLED"], await ErrorCodesAsync(introspection));
        Assert.Equal(HttpStatusCode.OK, ordinary.StatusCode);
    }

    [Fact]
    public async Task Invalid_limits_are_rejected_at_start_up()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => TestEndpoint.StartAsync(options => options.MaxDepth = 0));

        Assert.Contains("MaxDepth must be positive", exception.ToString());
    }
}
