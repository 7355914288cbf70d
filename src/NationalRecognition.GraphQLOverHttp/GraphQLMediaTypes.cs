namespace NationalRecognition.GraphQLOverHttp;

/// <summary>Media types of the GraphQL-over-HTTP specification.</summary>
public static class GraphQLMediaTypes
{
    /// <summary>The specification's own response type; status codes carry meaning with it.</summary>
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The legacy response type (and the only request body type we accept).</summary>
    public const string Json = "application/json";

    /// <summary>What a browser asks for when it navigates to the endpoint.</summary>
    public const string Html = "text/html";
}
