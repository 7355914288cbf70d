using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace NationalRecognition.GraphQLOverHttp;

/// <summary>Maps GraphQL over HTTP for a schema registered with <c>AddGraphQLHttp</c>.</summary>
public static class GraphQLHttpEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Builds and validates <typeparamref name="TSchema"/> now (GraphQL.NET would otherwise report schema errors only
    /// on the first request), warms the executer up, and maps GraphQL over HTTP (GET and POST) at
    /// <paramref name="path"/>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQLHttp<TSchema>(this IEndpointRouteBuilder endpoints, string path = "/graphql")
        where TSchema : ISchema
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (string.IsNullOrWhiteSpace(path) || !path.StartsWith('/'))
        {
            throw new ArgumentException($"The GraphQL endpoint's path must start with '/', not '{path}'.", nameof(path));
        }

        var schema = endpoints.ServiceProvider.GetRequiredService<TSchema>();
        schema.Initialize();
        WarmUp<TSchema>(endpoints.ServiceProvider, schema);

        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler<TSchema>>();
        return endpoints.Map(path, context => handler.HandleAsync(context, path));
    }

    /// <summary>
    /// Runs one small document through parsing, validation and execution (introspection only: no resolver of the
    /// application runs), so that the first client's request does not pay for compiling them: validation has a time
    /// budget (<see cref="GraphQLEndpointOptions.ValidationTimeout"/>) that a cold start on a busy machine must not spend.
    /// </summary>
    private static void WarmUp<TSchema>(IServiceProvider services, TSchema schema)
        where TSchema : ISchema
    {
        var query = schema.Query?.Name ?? "Query";
        using var scope = services.CreateScope();
        try
        {
            var options = new ExecutionOptions
            {
                Query = $$"""
                    query WarmUp($skip: Boolean = true) {
                      __typename @skip(if: $skip)
                      __type(name: "{{query}}") { ...TypeName fields { name args { name type { kind name ofType { name } } } } }
                    }
                    fragment TypeName on __Type { name }
                    """,
                RequestServices = scope.ServiceProvider,
                User = new ClaimsPrincipal(),
            };
            WarmUpExecution.Mark(options);
            scope.ServiceProvider.GetRequiredService<IDocumentExecuter<TSchema>>().ExecuteAsync(options).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Only a warm-up: whatever fails here fails again, visibly, on a real request.
        }
    }
}
