using System.Net;
using NationalRecognition.Gateway.Tests.Support;
using static NationalRecognition.GraphQLOverHttp.Tests.Support.GraphQLHttp;

namespace NationalRecognition.Gateway.Tests;

/// <summary>The IDE is served by the gateway itself, from files embedded at build time.</summary>
public sealed class GraphiQLTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task Browser_get_without_query_gets_the_graphiql_page()
    {
        var response = await GetAsync(factory.CreateClient(), "/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-endpoint=\"/graphql\"", html);
        Assert.Contains("/graphiql/graphiql.min.js", html);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Page_references_only_files_the_gateway_serves()
    {
        var client = factory.CreateClient();
        var html = await (await GetAsync(client, "/graphql", BrowserAccept)).Content.ReadAsStringAsync();
        var references = System.Text.RegularExpressions.Regex.Matches(html, "(?:src|href)=\"([^\"]+)\"")
            .Select(match => match.Groups[1].Value)
            .ToList();

        Assert.Equal(6, references.Count);
        foreach (var reference in references)
        {
            Assert.StartsWith("/graphiql/", reference);
            var asset = await client.GetAsync(reference);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 0, reference);
        }
    }

    [Theory]
    [InlineData("graphiql.min.js", "text/javascript", "GraphiQL", 1_000_000)]
    [InlineData("graphiql.min.css", "text/css", ".graphiql-container", 10_000)]
    [InlineData("react.production.min.js", "text/javascript", "React", 5_000)]
    [InlineData("react-dom.production.min.js", "text/javascript", "ReactDOM", 100_000)]
    public async Task Npm_bundles_are_embedded_and_served(string name, string mediaType, string marker, int minimumBytes)
    {
        var response = await factory.CreateClient().GetAsync("/graphiql/" + name);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        var content = await response.Content.ReadAsStringAsync();
        Assert.True(content.Length > minimumBytes, $"{name} is only {content.Length} characters");
        Assert.Contains(marker, content);
    }

    [Fact]
    public async Task Asset_is_revalidated_by_etag()
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync("/graphiql/graphiql-init.js");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/graphiql/graphiql-init.js");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("missing.js")]
    public async Task Unknown_asset_is_404(string name)
    {
        var response = await factory.CreateClient().GetAsync("/graphiql/" + name);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Browser_get_with_a_query_gets_json_not_the_page()
    {
        var response = await GetAsync(factory.CreateClient(), "/graphql?query=%7B__typename%7D", BrowserAccept);

        Assert.Equal(GraphQLResponse, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Graphiql_switched_off_leaves_browsers_a_json_error()
    {
        await using var gateway = new GatewayFactory();
        await using var noIde = gateway.WithWebHostBuilder(host => host.UseSetting("GraphQL:EnableGraphiQL", "false"));

        var page = await GetAsync(noIde.CreateClient(), "/graphql", BrowserAccept);
        var asset = await noIde.CreateClient().GetAsync("/graphiql/graphiql.min.js");

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
    }
}
