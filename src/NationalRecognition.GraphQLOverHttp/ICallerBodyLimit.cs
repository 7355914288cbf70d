using System.Security.Claims;

namespace NationalRecognition.GraphQLOverHttp;

/// <summary>
/// Lets some callers POST larger bodies than <see cref="GraphQLEndpointOptions.MaxRequestBodyBytes"/> (a bulk feed,
/// say). Asked once per POST, after authentication; the application registers at most one, as a singleton.
/// </summary>
public interface ICallerBodyLimit
{
    /// <summary>The largest body <paramref name="caller"/> may send, or null for the endpoint's own limit.</summary>
    int? MaxRequestBodyBytes(ClaimsPrincipal caller);
}
