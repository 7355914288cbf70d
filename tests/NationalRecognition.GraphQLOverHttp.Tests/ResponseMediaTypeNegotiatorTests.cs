using Microsoft.Net.Http.Headers;

namespace NationalRecognition.GraphQLOverHttp.Tests;

/// <summary>The most specific matching Accept range decides the quality of each media type.</summary>
public sealed class ResponseMediaTypeNegotiatorTests
{
    [Theory]
    [InlineData("*/*;q=0.1, application/json", GraphQLMediaTypes.Json)]
    [InlineData("application/*;q=0.5, application/graphql-response+json", GraphQLMediaTypes.GraphQLResponse)]
    [InlineData("application/*, application/graphql-response+json;q=0", GraphQLMediaTypes.Json)]
    [InlineData("APPLICATION/JSON", GraphQLMediaTypes.Json)]
    [InlineData("text/html", null)]
    public void Selects_by_quality_of_the_most_specific_range(string accept, string? expected)
    {
        var ranges = MediaTypeHeaderValue.ParseList([accept]);

        Assert.Equal(expected, ResponseMediaTypeNegotiator.Select(ranges));
    }

    [Fact]
    public void No_accept_header_means_application_json()
    {
        Assert.Equal(GraphQLMediaTypes.Json, ResponseMediaTypeNegotiator.Select([]));
    }

    [Theory]
    [InlineData("text/html,*/*;q=0.8", true)]
    [InlineData("*/*", false)]
    [InlineData("text/html;q=0", false)]
    public void Html_counts_only_when_asked_for_explicitly(string accept, bool expected)
    {
        Assert.Equal(expected, ResponseMediaTypeNegotiator.AcceptsHtml(MediaTypeHeaderValue.ParseList([accept])));
    }
}
