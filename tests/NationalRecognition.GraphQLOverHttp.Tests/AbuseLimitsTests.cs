using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.GraphQLOverHttp.Documents;
using NationalRecognition.GraphQLOverHttp.Tests.Support;
using static NationalRecognition.GraphQLOverHttp.Tests.Support.GraphQLHttp;

namespace NationalRecognition.GraphQLOverHttp.Tests;

/// <summary>
/// The limits that keep anonymous callers from buying minutes of work with a cheap request, one behaviour each; the
/// gateway's hostile corpus sends hundreds of such requests at the defaults.
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
    [InlineData("{ server { name } }", 6)]
    [InlineData("query Q($a: String = \"x y { } ...\") { server { name } }", 16)]
    [InlineData("# { { { {\n{ server { ...F } } fragment F on Server { name }", 14)]
    [InlineData("{ a: server { name } \"\"\"block { } \"\"\" }", 9)]
    public void Tokens_are_counted_without_whitespace_commas_or_comments(string document, int tokens)
    {
        Assert.False(DocumentTokens.Exceed(document, tokens));
        Assert.True(DocumentTokens.Exceed(document, tokens - 1));
    }

    [Fact]
    public void GraphiQL_introspection_query_is_within_every_document_limit()
    {
        var limits = new GraphQLEndpointOptions();

        Assert.True(IntrospectionQuery.Full.Length < limits.MaxDocumentCharacters);
        Assert.False(DocumentTokens.Exceed(IntrospectionQuery.Full, limits.MaxTokens));
        Assert.Null(DocumentShape.Check(GraphQLParser.Parser.Parse(IntrospectionQuery.Full), limits, CancellationToken.None));
    }

    [Fact]
    public async Task Validation_over_its_time_budget_is_refused_too_complex()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.ValidationTimeout = TimeSpan.FromTicks(1));

        var response = await PostAsync(endpoint.Client, new { query = IntrospectionQuery.Full });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["TOO_COMPLEX"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task Answer_over_the_response_limit_is_replaced_by_too_large()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.MaxResponseBytes = 300);

        var small = await PostAsync(endpoint.Client, new { query = "{ server { name } }" });
        var large = await PostAsync(endpoint.Client, new { query = "{ items { name version } }" });

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Equal(["TOO_LARGE"], await ErrorCodesAsync(large));
        Assert.True(large.Content.Headers.ContentLength < 300);
    }

    [Fact]
    public async Task Errors_past_the_limit_are_counted_not_listed()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.MaxErrors = 2);

        var response = await PostAsync(endpoint.Client, new { query = "{ server { a b c d e } }" });
        var json = await ReadJsonAsync(response);

        Assert.Equal(2, json["errors"]!.AsArray().Count);
        Assert.Equal(3, (int)json["extensions"]!["errorsOmitted"]!);
    }

    [Fact]
    public async Task Refused_documents_are_never_kept_in_the_document_cache()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.MaxAliases = 1);

        await PostAsync(endpoint.Client, new { query = "{ a: server { name } b: server { name } }" });
        await PostAsync(endpoint.Client, new { query = "{ server { nope } }" });
        await PostAsync(endpoint.Client, new { query = "{ server { name" });

        Assert.Equal(0, endpoint.Services.GetRequiredService<ValidatedDocumentCache>().Count);
    }

    [Fact]
    public async Task Anonymous_introspection_can_be_off_while_authenticated_callers_keep_it()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.AnonymousIntrospection = false);
        const string query = "{ __schema { queryType { name } } }";

        var anonymous = await PostAsync(endpoint.Client, new { query });
        var authenticated = await endpoint.PostAsAsync("registrar", new { query });

        Assert.Equal(["INTROSPECTION_DISABLED"], await ErrorCodesAsync(anonymous));
        Assert.Equal(HttpStatusCode.OK, authenticated.StatusCode);
        Assert.Equal("Query", (string?)(await ReadJsonAsync(authenticated))["data"]!["__schema"]!["queryType"]!["name"]);
    }
}
