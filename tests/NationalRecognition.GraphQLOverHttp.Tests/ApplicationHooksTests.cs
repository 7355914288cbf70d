using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.GraphQLOverHttp.Errors;
using NationalRecognition.GraphQLOverHttp.Tests.Support;
using static NationalRecognition.GraphQLOverHttp.Tests.Support.GraphQLHttp;

namespace NationalRecognition.GraphQLOverHttp.Tests;

/// <summary>
/// What an application plugs into the transport: its exceptions' codes (<see cref="IErrorClassifier"/>), a page for
/// browsers (<see cref="IBrowserPage"/>), larger bodies for some callers (<see cref="ICallerBodyLimit"/>), and its own
/// default for anonymous introspection. Each is optional.
/// </summary>
public sealed class ApplicationHooksTests
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task A_classified_exception_keeps_its_message_and_carries_the_code_and_extensions_of_its_classification()
    {
        await using var endpoint = await TestEndpoint.StartAsync();

        var response = await PostAsync(endpoint.Client, new { query = "{ ruleFailure }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await ReadJsonAsync(response))["errors"]![0]!;
        Assert.Equal("Rule R-1 forbids this.", (string?)error["message"]);
        Assert.Equal(TestErrorClassifier.RuleBroken, (string?)error["extensions"]!["code"]);
        Assert.Equal("R-1", (string?)error["extensions"]!["rule"]);
        Assert.Null(error["extensions"]!["traceId"]);
    }

    [Fact]
    public async Task An_unclassified_exception_is_internal_with_a_trace_id_and_nothing_of_its_own()
    {
        await using var endpoint = await TestEndpoint.StartAsync();

        var response = await PostAsync(endpoint.Client, new { query = "{ internalFailure }" });

        var body = await response.Content.ReadAsStringAsync();
        var error = (await ReadJsonAsync(response))["errors"]![0]!;
        Assert.Equal(GraphQLHttpErrorInfoProvider.InternalErrorMessage, (string?)error["message"]);
        Assert.Equal(GraphQLHttpErrorCodes.Internal, (string?)error["extensions"]!["code"]);
        Assert.False(string.IsNullOrEmpty((string?)error["extensions"]!["traceId"]));
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.Null(error["extensions"]!["details"]);
    }

    [Fact]
    public async Task Exception_details_are_shown_in_development_only()
    {
        await using var development = await TestEndpoint.StartAsync(environment: "Development");

        var response = await PostAsync(development.Client, new { query = "{ internalFailure }" });

        var error = (await ReadJsonAsync(response))["errors"]![0]!;
        Assert.Equal(GraphQLHttpErrorCodes.Internal, (string?)error["extensions"]!["code"]);
        Assert.Contains("InvalidOperationException", (string?)error["extensions"]!["details"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unavailable_error_that_leaves_no_data_is_503_with_retry_after()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.RetryAfter = TimeSpan.FromMilliseconds(1500));

        var response = await PostAsync(endpoint.Client, new { query = "{ outage }" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        var error = (await ReadJsonAsync(response))["errors"]![0]!;
        Assert.Equal(GraphQLHttpErrorCodes.Unavailable, (string?)error["extensions"]!["code"]);
        Assert.Equal(TestErrorClassifier.RetryMessage, (string?)error["message"]);
        Assert.False(string.IsNullOrEmpty((string?)error["extensions"]!["traceId"]));
    }

    [Fact]
    public async Task A_caller_the_application_trusts_may_send_a_larger_body_than_everyone_else()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.MaxRequestBodyBytes = 200,
            services: services => services.AddSingleton<ICallerBodyLimit>(new NamedCallerBodyLimit("bulk", 1_000)));
        var body = $$"""{"query":"{ server { name } }"{{new string(' ', 300)}}}""";

        var anonymous = await PostRawAsync(endpoint.Client, body);
        var other = await endpoint.PostAsAsync("someone", body);
        var bulk = await endpoint.PostAsAsync("bulk", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
    }

    [Fact]
    public async Task A_browser_navigating_to_the_endpoint_gets_the_application_s_page()
    {
        await using var endpoint = await TestEndpoint.StartAsync(
            services: services => services.AddSingleton<IBrowserPage>(new FixedPage(serves: true)));

        var page = await GetAsync(endpoint.Client, "/graphql", BrowserAccept);
        var withQuery = await GetAsync(endpoint.Client, "/graphql?query=%7B__typename%7D", BrowserAccept);
        var jsonClient = await GetAsync(endpoint.Client, "/graphql");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("<p>IDE for /graphql</p>", await page.Content.ReadAsStringAsync());
        Assert.Equal(GraphQLResponse, withQuery.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, jsonClient.StatusCode);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Without_a_page_or_when_it_declines_a_browser_gets_a_json_error(bool registered)
    {
        await using var endpoint = await TestEndpoint.StartAsync(services: services =>
        {
            if (registered)
            {
                services.AddSingleton<IBrowserPage>(new FixedPage(serves: false));
            }
        });

        var response = await GetAsync(endpoint.Client, "/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["BAD_REQUEST"], await ErrorCodesAsync(response));
    }

    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public async Task Anonymous_introspection_is_allowed_by_default_in_development_only(string environment, bool allowed)
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.AnonymousIntrospection = null, environment);

        var response = await PostAsync(endpoint.Client, new { query = "{ __schema { queryType { name } } }" });

        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>Lets one named caller send up to a given size.</summary>
    private sealed class NamedCallerBodyLimit(string name, int maxBytes) : ICallerBodyLimit
    {
        public int? MaxRequestBodyBytes(ClaimsPrincipal caller) => caller.Identity?.Name == name ? maxBytes : null;
    }

    /// <summary>A page that names the endpoint it was shown for, or declines.</summary>
    private sealed class FixedPage(bool serves) : IBrowserPage
    {
        public async Task<bool> TryWriteAsync(HttpContext context, string endpointPath)
        {
            if (!serves)
            {
                return false;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync($"<p>IDE for {endpointPath}</p>", context.RequestAborted);
            return true;
        }
    }
}
