using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NationalRecognition.GraphQLOverHttp.Documents;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.GraphQLOverHttp;

/// <summary>Registration of a schema behind GraphQL over HTTP, with its limits and its error shaping.</summary>
public static class GraphQLHttpServiceCollectionExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TSchema"/> (a singleton) with GraphQL.NET's executer and System.Text.Json, the
    /// limits of <see cref="GraphQLEndpointOptions"/> (checked at start-up; <paramref name="options"/> sets them, and
    /// so may a configuration binding of the caller's), the document guard, cache and validation budget, the
    /// complexity analyser, the introspection switch, and the error shaping of
    /// <see cref="GraphQLHttpErrorInfoProvider"/> over the registered <see cref="IErrorClassifier"/>s and
    /// <see cref="IValidationErrorExplainer"/>s.
    /// <paramref name="graphQL"/> adds what the schema needs of GraphQL.NET (its graph types, field middleware,
    /// telemetry). Map the endpoint with <c>MapGraphQLHttp&lt;TSchema&gt;(path)</c>.
    /// </summary>
    public static IServiceCollection AddGraphQLHttp<TSchema>(this IServiceCollection services,
        Action<GraphQLEndpointOptions>? options = null, Action<IGraphQLBuilder>? graphQL = null)
        where TSchema : class, ISchema
    {
        ArgumentNullException.ThrowIfNull(services);
        var endpointOptions = services.AddOptions<GraphQLEndpointOptions>().ValidateOnStart();
        if (options is not null)
        {
            endpointOptions.Configure(options);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphQLEndpointOptions>, GraphQLEndpointOptionsValidator>());
        services.AddHttpContextAccessor();
        services.TryAddSingleton<ExecutionFailureLog>();
        services.TryAddSingleton(typeof(GraphQLHttpHandler<>));
        services.TryAddSingleton<ValidatedDocumentCache>();
        services.TryAddSingleton<DocumentGuard>();
        services.TryAddSingleton<IntrospectionPolicy>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureExecution, ValidatedDocumentCache>(
            provider => provider.GetRequiredService<ValidatedDocumentCache>()));

        services.AddGraphQL(builder =>
        {
            builder
                .AddSchema<TSchema>()
                .AddSystemTextJson()
                .AddErrorInfoProvider(provider =>
                {
                    var requests = provider.GetService<IHttpContextAccessor>();
                    return new GraphQLHttpErrorInfoProvider(
                        provider.GetServices<IErrorClassifier>(),
                        exposeExceptionDetails: provider.GetRequiredService<IHostEnvironment>().IsDevelopment(),
                        traceId: () => RequestTraceId.Of(requests?.HttpContext),
                        explainers: provider.GetServices<IValidationErrorExplainer>());
                })
                .AddComplexityAnalyzer((complexity, provider) =>
                {
                    var limits = provider.GetRequiredService<IOptionsMonitor<GraphQLEndpointOptions>>().CurrentValue;
                    complexity.MaxDepth = limits.MaxDepth;
                    complexity.MaxComplexity = limits.MaxComplexity;

                    // A list without 'first'/'last' is counted as 5 items (GraphQLEndpointOptions.MaxComplexity says so).
                    complexity.DefaultListImpactMultiplier = 5;
                })
                .ConfigureExecutionOptions(execution =>
                {
                    if (!execution.RequestServices!.GetRequiredService<IntrospectionPolicy>().Allows(execution.User))
                    {
                        execution.ValidationRules = (execution.ValidationRules ?? DocumentValidator.CoreRules)
                            .Append(NoIntrospectionValidationRule.Instance);
                    }
                });
            graphQL?.Invoke(builder);
        });

        // After AddGraphQL, so that this registration is the one the executer gets.
        services.AddSingleton<IDocumentValidator>(provider => new BudgetedDocumentValidator(
            new DocumentValidator(), provider.GetRequiredService<IOptionsMonitor<GraphQLEndpointOptions>>()));
        return services;
    }
}
