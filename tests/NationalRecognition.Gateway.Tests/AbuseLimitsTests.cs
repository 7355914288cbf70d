using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using NationalRecognition.Gateway.Http;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.GraphQLOverHttp.Tests.Support;
using static NationalRecognition.GraphQLOverHttp.Tests.Support.GraphQLHttp;

namespace NationalRecognition.Gateway.Tests;

/// <summary>
/// The limits that keep anonymous callers from buying minutes of work with a cheap request, where they are the
/// gateway's (its schema's weight of introspection, bearer tokens, the outermost HTTP limits) — the transport's own are
/// tested in tests/NationalRecognition.GraphQLOverHttp.Tests; the hostile corpus (Hostile/) sends hundreds of such
/// requests at the defaults.
/// </summary>
public sealed class AbuseLimitsTests
{
    [Fact]
    public async Task Introspection_counts_towards_complexity_so_two_full_introspections_are_refused()
    {
        await using var factory = new GatewayFactory();
        var fragments = IntrospectionQuery.Full[IntrospectionQuery.Full.IndexOf("fragment FullType", StringComparison.Ordinal)..];
        var twice = "{ a: __schema { types { ...FullType } } b: __schema { types { ...FullType } } } " + fragments;

        var once = await PostAsync(factory.CreateClient(), new { query = IntrospectionQuery.Full });
        var response = await PostAsync(factory.CreateClient(), new { query = twice });

        Assert.Equal(HttpStatusCode.OK, once.StatusCode);
        Assert.Equal(["TOO_COMPLEX"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task A_bad_token_is_answered_401_with_a_body_and_the_challenge()
    {
        await using var factory = new GatewayFactory();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ platform { name } }"}""") };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(["UNAUTHENTICATED"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task An_exception_outside_graphql_is_500_internal_with_the_trace_id_it_was_logged_under()
    {
        var logger = new Demo.RecordingLogger<HttpErrorBodyMiddleware>();
        var middleware = new HttpErrorBodyMiddleware(_ => throw new InvalidOperationException("boom"),
            new StaticOptions<HttpLimitsOptions>(new HttpLimitsOptions()), logger);
        var context = new DefaultHttpContext { TraceIdentifier = "trace-42" };
        context.Response.Body = new MemoryStream();

        await middleware.InvokeAsync(context);

        context.Response.Body.Position = 0;
        var body = System.Text.Json.Nodes.JsonNode.Parse(context.Response.Body)!;
        Assert.Equal(500, context.Response.StatusCode);
        Assert.Equal("INTERNAL", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.Equal("trace-42", (string?)body["errors"]![0]!["extensions"]!["traceId"]);
        Assert.Contains(logger.Entries, entry => entry.Message.Contains("trace-42", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Kestrel_lets_requests_just_over_our_limits_through_so_the_gateway_answers_with_a_body()
    {
        await using var factory = new KestrelGatewayFactory();
        factory.UseKestrel(0);
        var client = factory.CreateClient();

        using var headers = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        headers.Headers.TryAddWithoutValidation("X-Padding", new string('h', new HttpLimitsOptions().MaxRequestHeaderBytes + 1024));
        var tooManyHeaders = await client.SendAsync(headers);
        var tooLongTarget = await client.GetAsync("/" + new string('t', new HttpLimitsOptions().MaxRequestTargetBytes + 1024));

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, tooManyHeaders.StatusCode);
        Assert.Equal(["HEADERS_TOO_LARGE"], await ErrorCodesAsync(tooManyHeaders));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, tooLongTarget.StatusCode);
        Assert.Equal(["URI_TOO_LONG"], await ErrorCodesAsync(tooLongTarget));
    }

    private sealed class KestrelGatewayFactory : GatewayFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("urls", "http://127.0.0.1:0");
        }
    }

    private sealed class StaticOptions<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;

        public T Get(string? name) => value;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
