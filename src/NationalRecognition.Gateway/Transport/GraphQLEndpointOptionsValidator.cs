using Microsoft.Extensions.Options;

namespace NationalRecognition.Gateway.Transport;

/// <summary>Rejects limits that would silently disable protection (zero or negative values) at start-up.</summary>
internal sealed class GraphQLEndpointOptionsValidator : IValidateOptions<GraphQLEndpointOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLEndpointOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path) || !options.Path.StartsWith('/'))
        {
            failures.Add($"{GraphQLEndpointOptions.SectionName}:Path must start with '/'.");
        }

        if (options.MaxRequestBodyBytes <= 0)
        {
            failures.Add($"{GraphQLEndpointOptions.SectionName}:MaxRequestBodyBytes must be positive.");
        }

        if (options.MaxQueryStringLength <= 0)
        {
            failures.Add($"{GraphQLEndpointOptions.SectionName}:MaxQueryStringLength must be positive.");
        }

        if (options.MaxDepth <= 0)
        {
            failures.Add($"{GraphQLEndpointOptions.SectionName}:MaxDepth must be positive.");
        }

        if (options.MaxComplexity <= 0)
        {
            failures.Add($"{GraphQLEndpointOptions.SectionName}:MaxComplexity must be positive.");
        }

        if (options.ExecutionTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{GraphQLEndpointOptions.SectionName}:ExecutionTimeout must be positive.");
        }

        if (options.DocumentCacheCharacters < 0)
        {
            failures.Add($"{GraphQLEndpointOptions.SectionName}:DocumentCacheCharacters must be 0 (off) or positive.");
        }

        if (options.RetryAfter <= TimeSpan.Zero)
        {
            failures.Add($"{GraphQLEndpointOptions.SectionName}:RetryAfter must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
