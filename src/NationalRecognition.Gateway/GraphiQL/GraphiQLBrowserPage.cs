using Microsoft.Extensions.Options;
using NationalRecognition.Gateway.Api;
using NationalRecognition.GraphQLOverHttp;

namespace NationalRecognition.Gateway.GraphiQL;

/// <summary>The GraphiQL IDE for browsers that navigate to the GraphQL endpoint, unless switched off.</summary>
internal sealed class GraphiQLBrowserPage(IOptionsMonitor<GatewayGraphQLOptions> options) : IBrowserPage
{
    public async Task<bool> TryWriteAsync(HttpContext context, string endpointPath)
    {
        if (!options.CurrentValue.EnableGraphiQL)
        {
            return false;
        }

        await GraphiQLPage.WriteAsync(context, endpointPath);
        return true;
    }
}
