using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.GraphQLOverHttp.Documents;
using NationalRecognition.GraphQLOverHttp.Tests.Support;
using static NationalRecognition.GraphQLOverHttp.Tests.Support.GraphQLHttp;

namespace NationalRecognition.GraphQLOverHttp.Tests;

/// <summary>
/// A document that passed validation once skips parsing and validation afterwards, but every request is still
/// answered for its own variables and checked on what depends on them.
/// </summary>
public sealed class DocumentCacheTests
{
    private const string EchoNumber = "query Echo($n: Int!) { echo(number: $n) }";

    private const string ItemsPage = "query Items($first: Int) { items(first: $first) { name } }";

    [Fact]
    public async Task Valid_document_is_kept_once_whatever_its_variables()
    {
        await using var endpoint = await TestEndpoint.StartAsync();

        var one = await PostAsync(endpoint.Client, new { query = EchoNumber, variables = new { n = 1 } });
        var two = await PostAsync(endpoint.Client, new { query = EchoNumber, variables = new { n = 2 } });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (one.StatusCode, two.StatusCode));
        Assert.Equal(1, endpoint.Services.GetRequiredService<ValidatedDocumentCache>().Count);
        Assert.Equal(1, endpoint.Services.GetRequiredService<ValidatedDocumentCache>().Hits);
    }

    [Fact]
    public async Task Repeated_document_is_answered_for_each_request_s_own_variables()
    {
        await using var endpoint = await TestEndpoint.StartAsync();
        const string typeByName = "query Type($name: String!) { __type(name: $name) { name } }";

        var query = await ReadJsonAsync(await PostAsync(endpoint.Client, new { query = typeByName, variables = new { name = "Query" } }));
        var mutation = await ReadJsonAsync(await PostAsync(endpoint.Client, new { query = typeByName, variables = new { name = "Mutation" } }));

        Assert.Equal("Query", (string?)query["data"]!["__type"]!["name"]);
        Assert.Equal("Mutation", (string?)mutation["data"]!["__type"]!["name"]);
    }

    [Fact]
    public async Task Repeated_document_still_refuses_variables_of_the_wrong_type()
    {
        await using var cached = await TestEndpoint.StartAsync();
        await using var uncached = await TestEndpoint.StartAsync(options => options.DocumentCacheCharacters = 0);
        await PostAsync(cached.Client, new { query = EchoNumber, variables = new { n = 1 } });

        var fromCache = await PostAsync(cached.Client, new { query = EchoNumber, variables = new { n = new[] { 1, 2 } } });
        var parsed = await PostAsync(uncached.Client, new { query = EchoNumber, variables = new { n = new[] { 1, 2 } } });

        Assert.Equal(HttpStatusCode.BadRequest, fromCache.StatusCode);
        Assert.Equal(await ErrorCodesAsync(parsed), await ErrorCodesAsync(fromCache));
    }

    [Fact]
    public async Task Repeated_document_is_still_refused_when_its_variables_make_it_too_complex()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.MaxComplexity = 100);

        var small = await PostAsync(endpoint.Client, new { query = ItemsPage, variables = new { first = 2 } });
        var large = await PostAsync(endpoint.Client, new { query = ItemsPage, variables = new { first = 1000 } });

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Equal(["TOO_COMPLEX"], await ErrorCodesAsync(large));
    }

    [Fact]
    public async Task Repeated_document_is_still_refused_when_a_directive_variable_makes_it_too_complex()
    {
        await using var endpoint = await TestEndpoint.StartAsync(options => options.MaxComplexity = 4);
        const string conditional = "query P($all: Boolean!) { server { name version } extra: server @include(if: $all) { name version } }";

        var without = await PostAsync(endpoint.Client, new { query = conditional, variables = new { all = false } });
        var with = await PostAsync(endpoint.Client, new { query = conditional, variables = new { all = true } });

        Assert.Equal(HttpStatusCode.OK, without.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, with.StatusCode);
        Assert.Equal(["TOO_COMPLEX"], await ErrorCodesAsync(with));
    }

    [Theory]
    [InlineData("query($n: Int) { items(first: $n) { name } }", true)]
    [InlineData("query($n: Int) { items(last: $n) { name } }", true)]
    [InlineData("query($b: Boolean!) { server @skip(if: $b) { name } }", true)]
    [InlineData("query($n: Int!) { echo(number: $n) }", false)]
    [InlineData("{ items(first: 5) { name } }", false)]
    public async Task Complexity_depends_on_variables_only_through_list_sizes_and_directives(string query, bool depends)
    {
        var document = GraphQLParser.Parser.Parse(query);

        Assert.Equal(depends, await VariableDependentComplexity.InAsync(document, CancellationToken.None));
    }

    [Fact]
    public async Task Document_that_failed_validation_is_refused_every_time()
    {
        await using var endpoint = await TestEndpoint.StartAsync();

        var first = await PostAsync(endpoint.Client, new { query = "{ server { noSuchField } }" });
        var second = await PostAsync(endpoint.Client, new { query = "{ server { noSuchField } }" });

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(0, endpoint.Services.GetRequiredService<ValidatedDocumentCache>().Count);
    }

    [Fact]
    public async Task Negative_cache_size_is_rejected_at_start_up()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => TestEndpoint.StartAsync(options => options.DocumentCacheCharacters = -1));

        Assert.Contains("DocumentCacheCharacters", exception.ToString());
    }
}
