using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NationalRecognition.GraphQLOverHttp.Documents;

/// <summary>
/// Keeps the documents that parsed and passed validation, keyed by their text, so that the next request with the same
/// document skips both: at an admission peak every learner's client sends the same submission document. Only the
/// checks that depend on the request still run for a cached document: the variables are coerced as always, and the
/// complexity analysis runs again when a variable can change it (<see cref="VariableDependentComplexity"/>: a
/// <c>first</c> from a variable, a directive's condition). Field authorization is a field
/// middleware and runs on every execution. The schema and whether introspection is allowed for the caller are part of
/// the key, so a document validated for a caller who may introspect never lets another skip the rule, and one validated
/// against one schema is never run against another.
/// The transport looks a document up (<see cref="Find"/>) before it parses one; only a document whose validation
/// succeeded is stored (a refused one, or one whose validation was cut short, never is), and the cache is bounded by
/// the characters of its documents, each of which the transport has already bounded
/// (<see cref="GraphQLEndpointOptions.MaxDocumentCharacters"/>): a flood of distinct documents evicts old ones.
/// </summary>
public sealed class ValidatedDocumentCache : IConfigureExecution, IDisposable
{
    /// <summary>The key of <see cref="ExecutionOptions.UserContext"/> under which the transport says how it got the document.</summary>
    internal const string LookupKey = "graphQLHttp.documentCache";

    private readonly IOptionsMonitor<GraphQLEndpointOptions> _endpointOptions;
    private readonly MemoryCache _documents;
    private long _hits;

    public ValidatedDocumentCache(IOptionsMonitor<GraphQLEndpointOptions> options)
    {
        _endpointOptions = options;
        _documents = new MemoryCache(new MemoryCacheOptions
        {
            SizeLimit = Math.Max(1, options.CurrentValue.DocumentCacheCharacters),
            CompactionPercentage = 0.25,
        });
    }

    /// <summary>After the option configurations (100), which set the validation rules this cache replaces.</summary>
    public float SortOrder => 150;

    /// <summary>The kept document for this schema, text and caller, or null; the result goes to <see cref="LookupKey"/>.</summary>
    internal DocumentLookup Find(Type schema, string query, bool introspectionAllowed)
    {
        var limits = _endpointOptions.CurrentValue;
        if (limits.DocumentCacheCharacters == 0 || query.Length > limits.DocumentCacheCharacters)
        {
            return new DocumentLookup(null, default, Cacheable: false);
        }

        var key = new DocumentKey(schema, query, introspectionAllowed);
        return _documents.TryGetValue(key, out ValidatedDocument? cached) && cached is not null
            ? new DocumentLookup(cached, key, Cacheable: true)
            : new DocumentLookup(null, key, Cacheable: true);
    }

    /// <inheritdoc />
    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.UserContext is null || !options.UserContext.TryGetValue(LookupKey, out var value)
            || value is not DocumentLookup { Cacheable: true } lookup)
        {
            return await next(options);
        }

        if (lookup.Found is { } cached)
        {
            Interlocked.Increment(ref _hits);
            options.Document = cached.Document;
            options.ValidationRules = RequestDependentRules(options, cached.ComplexityDependsOnVariables);
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && result.Document is { } validated && options.Query is { } query)
        {
            var entry = new ValidatedDocument(validated, await VariableDependentComplexity.InAsync(validated, options.CancellationToken));
            _documents.Set(lookup.Key, entry, new MemoryCacheEntryOptions { Size = query.Length });
        }

        return result;
    }

    /// <summary>How many requests were served a kept document so far.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>How many documents are kept now.</summary>
    public int Count => _documents.Count;

    /// <inheritdoc />
    public void Dispose() => _documents.Dispose();

    private static IEnumerable<IValidationRule> RequestDependentRules(ExecutionOptions execution, bool complexityDependsOnVariables)
    {
        var complexity = complexityDependsOnVariables ? execution.RequestServices?.GetService<ComplexityValidationRule>() : null;
        return complexity is null
            ? execution.CachedDocumentValidationRules ?? []
            : (execution.CachedDocumentValidationRules ?? []).Append(complexity);
    }

    internal readonly record struct DocumentKey(Type Schema, string Query, bool IntrospectionAllowed);

    internal sealed record ValidatedDocument(GraphQLDocument Document, bool ComplexityDependsOnVariables);

    /// <summary>What <see cref="Find"/> found: a kept document, or the key to keep this one under once validated.</summary>
    internal sealed record DocumentLookup(ValidatedDocument? Found, DocumentKey Key, bool Cacheable);
}
