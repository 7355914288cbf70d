using System.Security.Claims;
using Microsoft.Extensions.Options;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.GraphQLOverHttp;

namespace NationalRecognition.Gateway.Api;

/// <summary>
/// The feed sends batches of certificates (up to 1,000 in one <c>feedCertificates</c>); everyone else sends operations
/// of a few kilobytes. So the feed and administrators may POST up to
/// <see cref="GatewayGraphQLOptions.MaxFeedRequestBodyBytes"/>, the others the transport's own limit.
/// </summary>
internal sealed class FeedBodyLimit(IOptionsMonitor<GatewayGraphQLOptions> options) : ICallerBodyLimit
{
    public int? MaxRequestBodyBytes(ClaimsPrincipal caller) =>
        CallerRoles.IsFeed(caller) ? options.CurrentValue.MaxFeedRequestBodyBytes : null;
}
