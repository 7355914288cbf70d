using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Http;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Gateway.Transport;
using NationalRecognition.Testing;
using static NationalRecognition.Gateway.Tests.Support.GraphQLHttp;

namespace NationalRecognition.Gateway.Tests;

/// <summary>
/// The limits that keep anonymous callers from buying minutes of work with a cheap request, one behaviour each; the
/// hostile corpus (Hostile/) sends hundreds of such requests at the defaults.
/// </summary>
public sealed class AbuseLimitsTests
{
    [Fact]
    public void Defaults_bound_every_document_and_answer()
    {
        var defaults = new GraphQLEndpointOptions();

        Assert.Equal(16 * 1024, defaults.MaxDocumentCharacters);
        Assert.Equal(2_000, defaults.MaxTokens);
        Assert.Equal(1_000, defaults.MaxFields);
        Assert.Equal(30, defaults.MaxAliases);
        Assert.Equal(100, defaults.MaxFragmentSpreads);
        Assert.Equal(8, defaults.MaxFragmentDepth);
        Assert.Equal(TimeSpan.FromSeconds(10), defaults.ValidationTimeout);
        Assert.Equal(4 * 1024 * 1024, defaults.MaxResponseBytes);
        Assert.Equal(50, defaults.MaxErrors);
        Assert.Null(defaults.AnonymousIntrospection);
    }

    [Theory]
    [InlineData("{ platform { name } }", 6)]
    [InlineData("query Q($a: String = \"x y { } ...\") { platform { name } }", 16)]
    [InlineData("# { { { {\n{ platform { ...F } } fragment F on Platform { name }", 14)]
    [InlineData("{ a: platform { name } \"\"\"block { } \"\"\" }", 9)]
    public void Tokens_are_counted_without_whitespace_commas_or_comments(string document, int tokens)
    {
        Assert.False(DocumentTokens.Exceed(document, tokens));
        Assert.True(DocumentTokens.Exceed(document, tokens - 1));
    }

    [Fact]
    public async Task GraphiQL_introspection_query_is_within_every_document_limit()
    {
        var limits = new GraphQLEndpointOptions();

        Assert.True(IntrospectionQuery.Full.Length < limits.MaxDocumentCharacters);
        Assert.False(DocumentTokens.Exceed(IntrospectionQuery.Full, limits.MaxTokens));
        Assert.Null(DocumentShape.Check(GraphQLParser.Parser.Parse(IntrospectionQuery.Full), limits, CancellationToken.None));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Validation_over_its_time_budget_is_refused_too_complex()
    {
        await using var factory = GatewayFactory.WithOptions(options => options.ValidationTimeout = TimeSpan.FromTicks(1));

        var response = await PostAsync(factory.CreateClient(), new { query = IntrospectionQuery.Full });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["TOO_COMPLEX"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Answer_over_the_response_limit_is_replaced_by_too_large()
    {
        await using var factory = GatewayFactory.WithOptions(options => options.MaxResponseBytes = 300);

        var small = await PostAsync(factory.CreateClient(), new { query = "{ platform { name } }" });
        var large = await PostAsync(factory.CreateClient(), new { query = "{ regions { isoCode englishName kazakhName russianName } }" });

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Equal(["TOO_LARGE"], await ErrorCodesAsync(large));
        Assert.True(large.Content.Headers.ContentLength < 300);
    }

    [Fact]
    public async Task Errors_past_the_limit_are_counted_not_listed()
    {
        await using var factory = GatewayFactory.WithOptions(options => options.MaxErrors = 2);

        var response = await PostAsync(factory.CreateClient(), new { query = "{ platform { a b c d e } }" });
        var json = await ReadJsonAsync(response);

        Assert.Equal(2, json["errors"]!.AsArray().Count);
        Assert.Equal(3, (int)json["extensions"]!["errorsOmitted"]!);
    }

    [Fact]
    public async Task Refused_documents_are_never_kept_in_the_document_cache()
    {
        await using var factory = GatewayFactory.WithOptions(options => options.MaxAliases = 1);
        var client = factory.CreateClient();

        await PostAsync(client, new { query = "{ a: platform { name } b: platform { name } }" });
        await PostAsync(client, new { query = "{ platform { nope } }" });
        await PostAsync(client, new { query = "{ platform { name" });

        Assert.Equal(0, factory.Services.GetRequiredService<ValidatedDocumentCache>().Count);
    }

    [Fact]
    public async Task Anonymous_introspection_can_be_off_while_authenticated_callers_keep_it()
    {
        await using var factory = GatewayFactory.WithOptions(options => options.AnonymousIntrospection = false);
        var client = factory.CreateClient();
        const string query = "{ __schema { queryType { name } } }";

        var anonymous = await PostAsync(client, new { query });
        var (status, _) = await ApiSession.As(client, ActorRole.Registrar, bin: TestIdentities.NewBin()).SendRaw(query);

        Assert.Equal(["INTROSPECTION_DISABLED"], await ErrorCodesAsync(anonymous));
        Assert.Equal(HttpStatusCode.OK, status);
    }

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
