namespace NationalRecognition.GraphQLOverHttp;

/// <summary>
/// Limits and switches of a GraphQL-over-HTTP endpoint (<c>MapGraphQLHttp</c>), usually bound from the "GraphQL"
/// configuration section. GraphQL.NET enforces none of these by default, so every one has a deliberate default here.
/// </summary>
public sealed class GraphQLEndpointOptions
{
    /// <summary>The configuration section these options are bound from (the start-up checks name settings by it).</summary>
    public const string SectionName = "GraphQL";

    /// <summary>
    /// Largest accepted POST body; larger bodies get 413. 100 KiB is far above any real operation. An
    /// <see cref="ICallerBodyLimit"/> may allow some callers more.
    /// </summary>
    public int MaxRequestBodyBytes { get; set; } = 100 * 1024;

    /// <summary>Longest accepted query string of a GET request; longer ones get 414.</summary>
    public int MaxQueryStringLength { get; set; } = 8 * 1024;

    /// <summary>
    /// Longest accepted GraphQL document, in characters (the variables are not counted: they are bounded by the body).
    /// Longer documents get 400 <c>TOO_LARGE</c> before they are parsed. GraphiQL's introspection query is about 1,300
    /// characters.
    /// </summary>
    public int MaxDocumentCharacters { get; set; } = 16 * 1024;

    /// <summary>
    /// Most lexical tokens (names, punctuators, numbers, strings) in a document; more get 400 <c>TOO_LARGE</c> before
    /// parsing. Parsing and validation cost grows with the tokens, not with the characters (spaces are free).
    /// </summary>
    public int MaxTokens { get; set; } = 2_000;

    /// <summary>
    /// Most field selections a document may make once its fragments are expanded (every field counts, introspection
    /// fields too); more get 400 <c>TOO_COMPLEX</c> before validation. Counted per definition with the fragments'
    /// counts memoised, so a chain of fragments that doubles at each step is refused in linear time.
    /// </summary>
    public int MaxFields { get; set; } = 1_000;

    /// <summary>Most aliases in a document; more get 400 <c>TOO_COMPLEX</c> before validation (aliases of one field
    /// with different arguments make the overlap check quadratic).</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most fragment spreads (<c>...Name</c>) written in a document; more get 400 <c>TOO_COMPLEX</c>.</summary>
    public int MaxFragmentSpreads { get; set; } = 100;

    /// <summary>Deepest chain of fragments spreading fragments; deeper gets 400 <c>TOO_COMPLEX</c> (a cycle gets
    /// 400 <c>VALIDATION</c>).</summary>
    public int MaxFragmentDepth { get; set; } = 8;

    /// <summary>
    /// Longest that validating one document (its rules and the coercion of its variables) may take; past it the request
    /// is answered 400 <c>TOO_COMPLEX</c>. The limits above keep validation to milliseconds, so this is a backstop that
    /// makes sure no document can hold a core for long; it is wall time, so it leaves room for a busy machine (2 s was
    /// exceeded by an ordinary document at cold start on a loaded 2-core CI machine).
    /// </summary>
    public TimeSpan ValidationTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Largest response body, in bytes; a larger answer is replaced by 400 <c>TOO_LARGE</c> (ask for fewer fields or a
    /// smaller page). A feed batch of 1,000 results is about 250 KiB.
    /// </summary>
    public int MaxResponseBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Most errors one response lists; the rest are counted in <c>extensions.errorsOmitted</c>.</summary>
    public int MaxErrors { get; set; } = 50;

    /// <summary>
    /// Whether anonymous callers may introspect. Unset: yes in the Development environment (GraphiQL introspects before
    /// anyone signs in), no otherwise; an application may set its own default (the platform's gateway: also in local
    /// mode). Authenticated callers follow <see cref="EnableIntrospection"/>.
    /// </summary>
    public bool? AnonymousIntrospection { get; set; }

    /// <summary>Deepest accepted selection nesting (fragments expanded).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Highest accepted complexity as computed by GraphQL.NET's analyser (1 per field; a list field multiplies its
    /// children by its <c>first</c>/<c>last</c> argument, or by 5). Introspection counts as the schema says
    /// (GraphQL.NET's <c>WithIntrospectionComplexityImpact</c>; the platform's schema counts it at 2 %, so GraphiQL's full
    /// query costs about 3,000 and two of it in one document are refused).
    /// </summary>
    public int MaxComplexity { get; set; } = 5_000;

    /// <summary>Longest an execution may run before it is cancelled and answered with a TIMEOUT error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The <c>Retry-After</c> of a response with an UNAVAILABLE error: about how long the passing failure that an
    /// <see cref="Errors.IErrorClassifier"/> recognised takes to heal (for the platform, failing over to another silo).
    /// Sent in whole seconds, rounded up.
    /// </summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried. GraphiQL needs it; turn it off where the
    /// schema must not be discoverable.</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>
    /// How many characters of GraphQL documents the endpoint keeps parsed and validated, so that clients which send
    /// the same few documents with different variables skip parsing and validation. Measured in
    /// document characters, so that a flood of distinct documents evicts old ones instead of growing memory; 0 turns
    /// the cache off.
    /// Only documents that passed validation are kept.
    /// </summary>
    public int DocumentCacheCharacters { get; set; } = 4_000_000;
}
