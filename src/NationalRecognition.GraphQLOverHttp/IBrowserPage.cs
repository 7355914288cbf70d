using Microsoft.AspNetCore.Http;

namespace NationalRecognition.GraphQLOverHttp;

/// <summary>
/// A page for browsers that navigate to the endpoint (a GET that asks for <c>text/html</c> explicitly and carries no
/// query), such as a GraphQL IDE. Without one, or when it declines, such a request is answered as GraphQL (400: no
/// query). The application registers at most one, as a singleton.
/// </summary>
public interface IBrowserPage
{
    /// <summary>Writes the page for the endpoint at <paramref name="endpointPath"/>; false when it shows none now.</summary>
    Task<bool> TryWriteAsync(HttpContext context, string endpointPath);
}
