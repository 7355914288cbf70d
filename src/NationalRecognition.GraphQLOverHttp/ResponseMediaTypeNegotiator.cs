using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace NationalRecognition.GraphQLOverHttp;

/// <summary>
/// Chooses the response media type from the Accept header: <c>application/graphql-response+json</c> unless the
/// client prefers <c>application/json</c> (by quality); no Accept header means <c>application/json</c>, as the
/// GraphQL-over-HTTP specification asks for the sake of legacy clients.
/// </summary>
public static class ResponseMediaTypeNegotiator
{
    /// <summary>The media type to answer with, or null when the client accepts neither (→ 406).</summary>
    public static string? Select(IList<MediaTypeHeaderValue> accept)
    {
        if (accept.Count == 0)
        {
            return GraphQLMediaTypes.Json;
        }

        var graphQLResponse = QualityOf(accept, "application", "graphql-response+json");
        var json = QualityOf(accept, "application", "json");
        if (graphQLResponse <= 0 && json <= 0)
        {
            return null;
        }

        // Ties go to the specification's own type.
        return graphQLResponse >= json ? GraphQLMediaTypes.GraphQLResponse : GraphQLMediaTypes.Json;
    }

    /// <summary>Whether the client accepts <c>text/html</c> explicitly (a browser), not merely through <c>*/*</c>.</summary>
    public static bool AcceptsHtml(IList<MediaTypeHeaderValue> accept) =>
        accept.Any(range => range.MediaType.Equals(GraphQLMediaTypes.Html, StringComparison.OrdinalIgnoreCase)
            && (range.Quality ?? 1) > 0);

    /// <summary>Quality of type/subtype: the most specific matching range decides (RFC 9110, 12.5.1).</summary>
    private static double QualityOf(IList<MediaTypeHeaderValue> accept, string type, string subtype)
    {
        var bestSpecificity = -1;
        var quality = 0.0;
        foreach (var range in accept)
        {
            var specificity = Specificity(range.Type, range.SubType, type, subtype);
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                quality = range.Quality ?? 1;
            }
        }

        return quality;
    }

    private static int Specificity(StringSegment rangeType, StringSegment rangeSubtype, string type, string subtype)
    {
        if (rangeType.Equals("*", StringComparison.Ordinal) && rangeSubtype.Equals("*", StringComparison.Ordinal))
        {
            return 0;
        }

        if (!rangeType.Equals(type, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        if (rangeSubtype.Equals("*", StringComparison.Ordinal))
        {
            return 1;
        }

        return rangeSubtype.Equals(subtype, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
    }
}
