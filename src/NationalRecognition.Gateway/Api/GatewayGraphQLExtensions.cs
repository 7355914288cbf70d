using GraphQL;
using Microsoft.Extensions.Options;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Graph;
using NationalRecognition.Gateway.GraphiQL;
using NationalRecognition.Gateway.Security;
using NationalRecognition.GraphQLOverHttp;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.Gateway.Api;

/// <summary>
/// The platform's GraphQL API on the GraphQL-over-HTTP transport (<c>NationalRecognition.GraphQLOverHttp</c>): the schema,
/// what the transport asks of the application (error classifiers, the GraphiQL page, the feed's larger bodies) and the
/// endpoint.
/// </summary>
public static class GatewayGraphQLExtensions
{
    /// <summary>
    /// Registers <see cref="PlatformSchema"/> with every graph type of the gateway assembly, field authorization and
    /// private telemetry; the transport's limits and the gateway's settings from the "GraphQL" section; the error
    /// classifiers (rule errors, then "retry" failures); GraphiQL and the feed's body limit.
    /// </summary>
    public static IServiceCollection AddGatewayGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(GraphQLEndpointOptions.SectionName);
        services.AddOptions<GatewayGraphQLOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GatewayGraphQLOptions>, GatewayGraphQLOptionsValidator>();
        services.AddOptions<GraphQLEndpointOptions>().Bind(section).PostConfigure(options =>
        {
            // Local mode is a newcomer's machine: GraphiQL introspects before anyone signs in, as in Development.
            if (options.AnonymousIntrospection is null && GatewaySecurityExtensions.IsLocalCluster(configuration))
            {
                options.AnonymousIntrospection = true;
            }
        });

        services.AddSingleton<IErrorClassifier, DomainErrorClassifier>();
        services.AddSingleton<IErrorClassifier, AccessErrorClassifier>();
        services.AddSingleton<IErrorClassifier, UnavailableErrorClassifier>();
        services.AddSingleton<IBrowserPage, GraphiQLBrowserPage>();
        services.AddSingleton<ICallerBodyLimit, FeedBodyLimit>();

        services.AddGraphQLHttp<PlatformSchema>(graphQL: graphQL => graphQL
            .AddGraphTypes(typeof(PlatformSchema).Assembly)
            .UseMiddleware<FieldAuthorizationMiddleware>()
            .UseTelemetry((GraphQL.Telemetry.GraphQLTelemetryOptions telemetry) =>
            {
                // Traces must carry no personal data: a client may write an IIN as a literal into the document, and
                // exception texts are for the (masked) logs. The operation name and type are still recorded.
                telemetry.RecordDocument = false;
                telemetry.RecordException = false;

                // The transport's start-up warm-up is no request: traced, it would be a root trace of its own (it may
                // even run under an unsampled start-up activity, so the current activity cannot tell).
                telemetry.Filter = options => !WarmUpExecution.IsWarmUp(options);
            }));
        return services;
    }

    /// <summary>Maps the GraphQL endpoint at <see cref="GatewayGraphQLOptions.Path"/> and, when enabled, GraphiQL's files.</summary>
    public static IEndpointRouteBuilder MapGatewayGraphQL(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<GatewayGraphQLOptions>>().Value;
        endpoints.MapGraphQLHttp<PlatformSchema>(options.Path).WithName("GraphQL");
        if (options.EnableGraphiQL)
        {
            endpoints.MapGet(GraphiQLAssets.RequestPath + "/{name}",
                (HttpContext context, string name) => GraphiQLPage.WriteAssetAsync(context, name));
        }

        return endpoints;
    }
}
