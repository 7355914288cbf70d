using GraphQL;
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
        WarmUp(endpoints.ServiceProvider);

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

    /// <summary>
    /// Runs one small document through parsing, validation and execution (no grain is called), so that the first
    /// client's request does not pay for compiling them: validation has a time budget
    /// (<see cref="GraphQLEndpointOptions.ValidationTimeout"/>) that a cold start on a busy machine must not spend.
    /// </summary>
    private static void WarmUp(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        try
        {
            scope.ServiceProvider.GetRequiredService<IDocumentExecuter<RecognitionSchema>>().ExecuteAsync(new ExecutionOptions
            {
                Query = """
                    query WarmUp($skip: Boolean = true) {
                      platform @skip(if: $skip) { name ...Names }
                      __type(name: "Query") { name fields { name args { name type { kind name ofType { name } } } } }
                    }
                    fragment Names on Platform { version }
                    """,
                RequestServices = scope.ServiceProvider,
                User = new System.Security.Claims.ClaimsPrincipal(),
            }).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Only a warm-up: whatever fails here fails again, visibly, on a real request.
        }
    }
}
