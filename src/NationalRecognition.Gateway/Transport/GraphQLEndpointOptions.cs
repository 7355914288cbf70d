namespace NationalRecognition.Gateway.Transport;

/// <summary>
/// Limits and switches of the <c>/graphql</c> endpoint, bound from the "GraphQL" configuration section.
/// GraphQL.NET enforces none of these by default, so every one has a deliberate default here.
/// </summary>
public sealed class GraphQLEndpointOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "GraphQL";

    /// <summary>Path of the endpoint (GraphQL over HTTP and the GraphiQL page).</summary>
    public string Path { get; set; } = "/graphql";

    /// <summary>Largest accepted POST body; larger bodies get 413. 100 KiB is far above any real operation.</summary>
    public int MaxRequestBodyBytes { get; set; } = 100 * 1024;

    /// <summary>Longest accepted query string of a GET request; longer ones get 414.</summary>
    public int MaxQueryStringLength { get; set; } = 8 * 1024;

    /// <summary>Deepest accepted selection nesting (fragments expanded).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Highest accepted complexity as computed by GraphQL.NET's analyser (1 per field; a list field multiplies its
    /// children by its <c>first</c>/<c>last</c> argument, or by 5). Introspection fields count for nothing (their
    /// cost is bounded by the schema, and <see cref="EnableIntrospection"/> governs them); depth still applies.
    /// </summary>
    public int MaxComplexity { get; set; } = 5_000;

    /// <summary>Longest an execution may run before it is cancelled and answered with a TIMEOUT error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The <c>Retry-After</c> of a response with an UNAVAILABLE error: about how long failing over to another silo
    /// takes with the deployment profile's failure detection (docs/operations.md). Sent in whole seconds, rounded up.
    /// </summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried. GraphiQL needs it; turn it off where the
    /// schema must not be discoverable.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>
    /// How many characters of GraphQL documents the gateway keeps parsed and validated, so that the platform's own
    /// clients, which send the same few documents with different variables, skip parsing and validation. Measured in
    /// document characters, so that a flood of distinct documents evicts old ones instead of growing memory; 0 turns
    /// the cache off.
    /// </summary>
    public int DocumentCacheCharacters { get; set; } = 4_000_000;

    /// <summary>Whether a browser asking for HTML at the endpoint gets the GraphiQL IDE.</summary>
    public bool EnableGraphiQL { get; set; } = true;
}
