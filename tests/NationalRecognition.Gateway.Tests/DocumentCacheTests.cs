using System.Net;
using System.Text.Json.Nodes;
using NationalRecognition.Contracts.Common;
using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Gateway.Transport;
using static NationalRecognition.Gateway.Tests.Support.GraphQLHttp;

namespace NationalRecognition.Gateway.Tests;

/// <summary>
/// A document that passed validation once skips parsing and validation afterwards, but every request is still
/// answered for its own variables and checked on what depends on them.
/// </summary>
public sealed class DocumentCacheTests
{
    private const string InstitutionByBin = "query Institution($bin: String!) { institution(bin: $bin) { bin } }";

    private const string AuditPage =
        "query Audit($first: Int) { auditLog(scope: \"platform\", day: \"2026-01-01\", first: $first) { edges { node { sequence } } } }";

    [Fact]
    public async Task Valid_document_is_kept_once_whatever_its_variables()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();

        await PostAsync(client, new { query = InstitutionByBin, variables = new { bin = "990840000347" } });
        await PostAsync(client, new { query = InstitutionByBin, variables = new { bin = "960940000175" } });

        Assert.Equal(1, factory.Services.GetRequiredService<ValidatedDocumentCache>().Count);
    }

    [Fact]
    public async Task Learners_submissions_skip_validation_after_the_first()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        var payloads = RepositoryPaths.File("benchmarks", "payloads");
        var document = await File.ReadAllTextAsync(Path.Combine(payloads, "submit-application.graphql"));
        var input = await File.ReadAllTextAsync(Path.Combine(payloads, "submit-input.json"));

        for (var learner = 0; learner < 3; learner++)
        {
            var iin = NationalRecognition.Testing.TestIdentities.NewIin();
            var variables = JsonNode.Parse(input.Replace("__IIN__", iin, StringComparison.Ordinal)
                .Replace("__KEY__", $"key-{learner}", StringComparison.Ordinal).Replace("__CERTIFICATE__", $"C-{learner}", StringComparison.Ordinal));
            await ApiSession.As(client, ActorRole.Learner, iin: iin)
                .SendRaw(document, new JsonObject { ["input"] = variables });
        }

        var cache = factory.Services.GetRequiredService<ValidatedDocumentCache>();
        Assert.Equal(2, cache.Hits);
        Assert.DoesNotContain("__", document, StringComparison.Ordinal); // the harness fills placeholders in: variables only
        Assert.False(await VariableDependentComplexity.InAsync(GraphQLParser.Parser.Parse(document), CancellationToken.None));
    }

    [Fact]
    public async Task Repeated_document_is_answered_for_each_request_s_own_variables()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();
        const string typeByName = "query Type($name: String!) { __type(name: $name) { name } }";

        var query = await ReadJsonAsync(await PostAsync(client, new { query = typeByName, variables = new { name = "Query" } }));
        var mutation = await ReadJsonAsync(await PostAsync(client, new { query = typeByName, variables = new { name = "Mutation" } }));

        Assert.Equal("Query", (string?)query["data"]!["__type"]!["name"]);
        Assert.Equal("Mutation", (string?)mutation["data"]!["__type"]!["name"]);
    }

    [Fact]
    public async Task Repeated_document_still_refuses_variables_of_the_wrong_type()
    {
        await using var cached = new GatewayFactory();
        await using var uncached = GatewayFactory.WithOptions(options => options.DocumentCacheCharacters = 0);
        await PostAsync(cached.CreateClient(), new { query = InstitutionByBin, variables = new { bin = "990840000347" } });

        var fromCache = await PostAsync(cached.CreateClient(), new { query = InstitutionByBin, variables = new { bin = new[] { 1, 2 } } });
        var parsed = await PostAsync(uncached.CreateClient(), new { query = InstitutionByBin, variables = new { bin = new[] { 1, 2 } } });

        Assert.Equal(HttpStatusCode.BadRequest, fromCache.StatusCode);
        Assert.Equal(await ErrorCodesAsync(parsed), await ErrorCodesAsync(fromCache));
    }

    [Fact]
    public async Task Repeated_document_is_still_refused_when_its_variables_make_it_too_complex()
    {
        await using var factory = GatewayFactory.WithOptions(options => options.MaxComplexity = 100);
        var client = factory.CreateClient();

        var small = await PostAsync(client, new { query = AuditPage, variables = new { first = 2 } });
        var large = await PostAsync(client, new { query = AuditPage, variables = new { first = 1000 } });

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Equal(["TOO_COMPLEX"], await ErrorCodesAsync(large));
    }

    [Fact]
    public async Task Repeated_document_is_still_refused_when_a_directive_variable_makes_it_too_complex()
    {
        await using var factory = GatewayFactory.WithOptions(options => options.MaxComplexity = 4);
        var client = factory.CreateClient();
        const string conditional = "query P($all: Boolean!) { platform { name version } extra: platform @include(if: $all) { name version } }";

        var without = await PostAsync(client, new { query = conditional, variables = new { all = false } });
        var with = await PostAsync(client, new { query = conditional, variables = new { all = true } });

        Assert.Equal(HttpStatusCode.OK, without.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, with.StatusCode);
        Assert.Equal(["TOO_COMPLEX"], await ErrorCodesAsync(with));
    }

    [Theory]
    [InlineData("query($n: Int) { auditLog(scope: \"platform\", day: \"2026-01-01\", first: $n) { edges { cursor } } }", true)]
    [InlineData("query($n: Int) { auditLog(scope: \"platform\", day: \"2026-01-01\", last: $n) { edges { cursor } } }", true)]
    [InlineData("query($b: Boolean!) { platform @skip(if: $b) { name } }", true)]
    [InlineData("query($bin: String!) { institution(bin: $bin) { bin } }", false)]
    [InlineData("{ auditLog(scope: \"platform\", day: \"2026-01-01\", first: 5) { edges { cursor } } }", false)]
    public async Task Complexity_depends_on_variables_only_through_list_sizes_and_directives(string query, bool depends)
    {
        var document = GraphQLParser.Parser.Parse(query);

        Assert.Equal(depends, await VariableDependentComplexity.InAsync(document, CancellationToken.None));
    }

    [Fact]
    public async Task Document_that_failed_validation_is_refused_every_time()
    {
        await using var factory = new GatewayFactory();
        var client = factory.CreateClient();

        var first = await PostAsync(client, new { query = "{ platform { noSuchField } }" });
        var second = await PostAsync(client, new { query = "{ platform { noSuchField } }" });

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(0, factory.Services.GetRequiredService<ValidatedDocumentCache>().Count);
    }

    [Fact]
    public void Negative_cache_size_is_rejected_at_start_up()
    {
        using var factory = GatewayFactory.WithOptions(options => options.DocumentCacheCharacters = -1);

        var exception = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("DocumentCacheCharacters", exception.ToString());
    }
}
