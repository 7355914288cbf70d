using Microsoft.Extensions.Options;
using NationalRecognition.Gateway.GraphiQL;
using NationalRecognition.Gateway.Graph;

namespace NationalRecognition.Gateway.Transport;

/// <summary>Maps the GraphQL endpoint and the GraphiQL files.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Builds and validates <see cref="RecognitionSchema"/> now (GraphQL.NET would otherwise report schema
    /// errors only on the first request) and maps GraphQL over HTTP at <see cref="GraphQLEndpointOptions.Path"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.ServiceProvider.GetRequiredService<RecognitionSchema>().Initialize();

        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<GraphQLEndpointOptions>>().Value;
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler<RecognitionSchema>>();
        endpoints.Map(options.Path, handler.HandleAsync).WithName("GraphQL");

        if (options.EnableGraphiQL)
        {
            endpoints.MapGet(GraphiQLAssets.RequestPath + "/{name}",
                (HttpContext context, string name) => GraphiQLPage.WriteAssetAsync(context, name));
        }

        return endpoints;
    }
}
