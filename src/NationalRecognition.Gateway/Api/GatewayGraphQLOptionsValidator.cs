using Microsoft.Extensions.Options;
using NationalRecognition.GraphQLOverHttp;

namespace NationalRecognition.Gateway.Api;

/// <summary>Rejects an endpoint path that is not one, and a feed body limit below everyone's, at start-up.</summary>
internal sealed class GatewayGraphQLOptionsValidator(IOptionsMonitor<GraphQLEndpointOptions> limits)
    : IValidateOptions<GatewayGraphQLOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayGraphQLOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path) || !options.Path.StartsWith('/'))
        {
            failures.Add($"{GraphQLEndpointOptions.SectionName}:Path must start with '/'.");
        }

        if (options.MaxFeedRequestBodyBytes < limits.CurrentValue.MaxRequestBodyBytes)
        {
            failures.Add($"{GraphQLEndpointOptions.SectionName}:MaxFeedRequestBodyBytes must be at least MaxRequestBodyBytes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
