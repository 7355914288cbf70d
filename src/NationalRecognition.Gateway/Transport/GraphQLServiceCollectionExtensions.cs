using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Graph;

namespace NationalRecognition.Gateway.Transport;

/// <summary>Registration of the schema, the executer, the limits and the error shaping.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RecognitionSchema"/> (singleton) with every graph type of the gateway assembly, the
    /// limits of <see cref="GraphQLEndpointOptions"/> (section "GraphQL"), the error classifiers (rule errors, then
    /// "retry" failures) and the log of failures.
    /// </summary>
    public static IServiceCollection AddGatewayGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLEndpointOptions>()
            .Bind(configuration.GetSection(GraphQLEndpointOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphQLEndpointOptions>, GraphQLEndpointOptionsValidator>();
        services.AddSingleton<IErrorClassifier, DomainErrorClassifier>();
        services.AddSingleton<IErrorClassifier, UnavailableErrorClassifier>();
        services.AddSingleton<ExecutionFailureLog>();
        services.AddSingleton(typeof(GraphQLHttpHandler<>));
        services.AddSingleton<ValidatedDocumentCache>();
        services.AddSingleton<DocumentGuard>();
        services.AddSingleton<IntrospectionPolicy>();
        services.AddSingleton<IConfigureExecution>(provider => provider.GetRequiredService<ValidatedDocumentCache>());

        services.AddGraphQL(graphQL => graphQL
            .AddSchema<RecognitionSchema>()
            .AddGraphTypes(typeof(RecognitionSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider(provider =>
            {
                var requests = provider.GetService<IHttpContextAccessor>();
                return new RecognitionErrorInfoProvider(
                    provider.GetServices<IErrorClassifier>(),
                    exposeExceptionDetails: provider.GetRequiredService<IHostEnvironment>().IsDevelopment(),
                    traceId: () => RequestTraceId.Of(requests?.HttpContext));
            })
            .AddComplexityAnalyzer((complexity, provider) =>
            {
                var limits = provider.GetRequiredService<IOptionsMonitor<GraphQLEndpointOptions>>().CurrentValue;
                complexity.MaxDepth = limits.MaxDepth;
                complexity.MaxComplexity = limits.MaxComplexity;

                // Lists without 'first' (calendar, units, outcomes, members, documents) hold a handful of items.
                complexity.DefaultListImpactMultiplier = 5;

            })
            .ConfigureExecutionOptions(execution =>
            {
                if (!execution.RequestServices!.GetRequiredService<IntrospectionPolicy>().Allows(execution.User))
                {
                    execution.ValidationRules = (execution.ValidationRules ?? DocumentValidator.CoreRules)
                        .Append(NoIntrospectionValidationRule.Instance);
                }
            })
            .UseMiddleware<FieldAuthorizationMiddleware>()
            .UseTelemetry((GraphQL.Telemetry.GraphQLTelemetryOptions telemetry) =>
            {
                // Traces must carry no personal data: a client may write an IIN as a literal into the document, and
                // exception texts are for the (masked) logs. The operation name and type are still recorded.
                telemetry.RecordDocument = false;
                telemetry.RecordException = false;
            }));

        // After AddGraphQL, so that this registration is the one the executer gets.
        services.AddSingleton<IDocumentValidator>(provider => new BudgetedDocumentValidator(
            new DocumentValidator(), provider.GetRequiredService<IOptionsMonitor<GraphQLEndpointOptions>>()));
        return services;
    }
}
