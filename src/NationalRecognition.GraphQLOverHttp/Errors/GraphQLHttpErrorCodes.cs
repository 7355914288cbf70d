namespace NationalRecognition.GraphQLOverHttp.Errors;

/// <summary>
/// The values of <c>extensions.code</c> the transport itself answers with: every refusal of a request or a document,
/// and the outcomes of execution that are not the application's to name (a timeout, a passing outage, anything
/// unexpected). The application's own codes come from its <see cref="IErrorClassifier"/>s; clients branch on the
/// code, never on the message text.
/// </summary>
public static class GraphQLHttpErrorCodes
{
    // Request errors: the HTTP request or the GraphQL document was rejected before execution.

    /// <summary>The request is malformed: bad JSON, no query, batch, bad operation selection.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The document is not syntactically valid GraphQL.</summary>
    public const string Parse = "PARSE";

    /// <summary>The document or its variables do not fit the schema.</summary>
    public const string Validation = "VALIDATION";

    /// <summary>The document is deeper or more complex than the configured limits.</summary>
    public const string TooComplex = "TOO_COMPLEX";

    /// <summary>
    /// The document or the answer is larger than the configured limits (characters, tokens, response bytes): send a
    /// smaller document, or ask for fewer fields or a smaller page.
    /// </summary>
    public const string TooLarge = "TOO_LARGE";

    /// <summary>The operation kind is not served (subscriptions): poll with a query instead.</summary>
    public const string NotSupported = "NOT_SUPPORTED";

    /// <summary>The body is not valid UTF-8, or a string holds a NUL character or an unpaired surrogate.</summary>
    public const string InvalidEncoding = "INVALID_ENCODING";

    /// <summary>Introspection is switched off for this caller.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>The body is larger than the configured limit (HTTP 413).</summary>
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";

    /// <summary>The GET query string is longer than the configured limit (HTTP 414).</summary>
    public const string UriTooLong = "URI_TOO_LONG";

    /// <summary>The body is not <c>application/json</c> (HTTP 415).</summary>
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";

    /// <summary>The client accepts no media type the endpoint can produce (HTTP 406).</summary>
    public const string NotAcceptable = "NOT_ACCEPTABLE";

    /// <summary>The <c>documentId</c> names no persisted document (or the endpoint keeps none).</summary>
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";

    /// <summary>
    /// This caller (a browser session) may run the application's persisted documents only: send a <c>documentId</c>,
    /// not a document text.
    /// </summary>
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";

    /// <summary>Wrong HTTP method, e.g. a mutation over GET (HTTP 405).</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    // Execution errors: the operation ran; the error sits at a path of the result.

    /// <summary>The execution took longer than the configured timeout.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>
    /// The service could not answer now, for a passing reason an <see cref="IErrorClassifier"/> recognised: the request
    /// may succeed when retried; the HTTP response carries <c>Retry-After</c> (and is 503 when it has no data).
    /// </summary>
    public const string Unavailable = "UNAVAILABLE";

    /// <summary>Anything unexpected; details are never exposed outside Development.</summary>
    public const string Internal = "INTERNAL";
}
