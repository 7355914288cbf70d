using NationalRecognition.GraphQLOverHttp;

namespace NationalRecognition.Gateway.Api;

/// <summary>
/// The gateway's own settings of its GraphQL endpoint, bound from the same "GraphQL" section as the transport's
/// limits (<see cref="GraphQLEndpointOptions"/>): where it is, the feed's larger bodies, and the GraphiQL page.
/// </summary>
public sealed class GatewayGraphQLOptions
{
    /// <summary>Path of the endpoint (GraphQL over HTTP and the GraphiQL page).</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>
    /// Largest accepted POST body from the certificate feed (and administrators): a <c>feedCertificates</c> batch of
    /// 1,000 records takes about 300 KiB. Other callers keep <see cref="GraphQLEndpointOptions.MaxRequestBodyBytes"/>.
    /// </summary>
    public int MaxFeedRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Whether a browser asking for HTML at the endpoint gets the GraphiQL IDE.</summary>
    public bool EnableGraphiQL { get; set; } = true;
}
