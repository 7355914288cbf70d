using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NationalRecognition.Gateway.Transport;

/// <summary>
/// Keeps the documents that parsed and passed validation, keyed by their text, so that the next request with the same
/// document skips both: at an admission peak every learner's client sends the same submission document. Only the
/// checks that depend on the request still run for a cached document: the variables are coerced as always, and the
/// complexity analysis runs again when a variable can change it (<see cref="VariableDependentComplexity"/>: a
/// <c>first</c> from a variable, a directive's condition). Field authorization is a field
/// middleware and runs on every execution. Whether introspection is allowed is part of the key, so turning it off
/// never lets a document validated while it was on skip the rule.
/// </summary>
internal sealed class ValidatedDocumentCache : IConfigureExecution, IDisposable
{
    private readonly IOptionsMonitor<GraphQLEndpointOptions> options;
    private readonly MemoryCache documents;
    private long hits;

    public ValidatedDocumentCache(IOptionsMonitor<GraphQLEndpointOptions> options)
    {
        this.options = options;
        documents = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = Math.Max(1, options.CurrentValue.DocumentCacheCharacters),
            CompactionPercentage = 0.25,
        });
    }

    /// <summary>After the option configurations (100), which set the validation rules this cache replaces.</summary>
    public float SortOrder => 150;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        var limits = options.CurrentValue;
        if (limits.DocumentCacheCharacters == 0 || execution.Document is not null || execution.Query is not { } query
            || query.Length > limits.DocumentCacheCharacters)
        {
            return await next(execution);
        }

        var key = new DocumentKey(query, limits.EnableIntrospection);
        if (documents.TryGetValue(key, out ValidatedDocument? cached) && cached is not null)
        {
            Interlocked.Increment(ref hits);
            execution.Document = cached.Document;
            execution.ValidationRules = RequestDependentRules(execution, cached.ComplexityDependsOnVariables);
            return await next(execution);
        }

        var result = await next(execution);
        if (result.Executed && result.Document is { } validated)
        {
            var entry = new ValidatedDocument(validated, await VariableDependentComplexity.InAsync(validated, execution.CancellationToken));
            documents.Set(key, entry, new MemoryCacheEntryOptions { Size = query.Length });
        }

        return result;
    }

    /// <summary>How many requests were served a kept document so far.</summary>
    public long Hits => Interlocked.Read(ref hits);

    /// <summary>How many documents are kept now.</summary>
    public int Count => documents.Count;

    public void Dispose() => documents.Dispose();

    private static IEnumerable<IValidationRule> RequestDependentRules(ExecutionOptions execution, bool complexityDependsOnVariables)
    {
        var complexity = complexityDependsOnVariables ? execution.RequestServices?.GetService<ComplexityValidationRule>() : null;
        return complexity is null
            ? execution.CachedDocumentValidationRules ?? []
            : (execution.CachedDocumentValidationRules ?? []).Append(complexity);
    }

    private readonly record struct DocumentKey(string Query, bool IntrospectionAllowed);

    private sealed record ValidatedDocument(GraphQLDocument Document, bool ComplexityDependsOnVariables);
}
