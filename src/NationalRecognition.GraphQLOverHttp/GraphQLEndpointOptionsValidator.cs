using Microsoft.Extensions.Options;

namespace NationalRecognition.GraphQLOverHttp;

/// <summary>Rejects limits that would silently disable protection (zero or negative values) at start-up.</summary>
internal sealed class GraphQLEndpointOptionsValidator : IValidateOptions<GraphQLEndpointOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphQLEndpointOptions options)
    {
        var failures = new List<string>();
        if (options.MaxRequestBodyBytes <= 0)
        {
            failures.Add($"{GraphQLEndpointOptions.SectionName}:MaxRequestBodyBytes must be positive.");
        }

        if (options.MaxQueryStringLength <= 0)
        {
            failures.Add($"{GraphQLEndpointOptions.SectionName}:MaxQueryStringLength must be positive.");
        }

        foreach (var (setting, value) in new (string, int)[]
                 {
                     (nameof(options.MaxDocumentCharacters), options.MaxDocumentCharacters),
                     (nameof(options.MaxTokens), options.MaxTokens),
                     (nameof(options.MaxFields), options.MaxFields),
                     (nameof(options.MaxAliases), options.MaxAliases),
                     (nameof(options.MaxFragmentSpreads), options.MaxFragmentSpreads),
                     (nameof(options.MaxFragmentDepth), options.MaxFragmentDepth),
                     (nameof(options.MaxResponseBytes), options.MaxResponseBytes),
                     (nameof(options.MaxErrors), options.MaxErrors),
                 })
        {
            if (value <= 0)
            {
                failures.Add($"{GraphQLEndpointOptions.SectionName}:{setting} must be positive.");
            }
        }

        if (options.ValidationTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{GraphQLEndpointOptions.SectionName}:ValidationTimeout must be positive.");
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
