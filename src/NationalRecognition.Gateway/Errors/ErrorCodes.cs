using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// The values of <c>extensions.code</c>. Every error the gateway returns carries exactly one of them, so clients
/// branch on the code and never on the message text. The transport's own codes (<see cref="GraphQLHttpErrorCodes"/>)
/// are listed here under the same names and values, beside the platform's (authentication, rate limits, the rules).
/// </summary>
public static class ErrorCodes
{
    // Request errors: the HTTP request or the GraphQL document was rejected before execution.

    /// <summary>The request is malformed: bad JSON, no query, batch, bad operation selection.</summary>
    public const string BadRequest = GraphQLHttpErrorCodes.BadRequest;

    /// <summary>The document is not syntactically valid GraphQL.</summary>
    public const string Parse = GraphQLHttpErrorCodes.Parse;

    /// <summary>The document or its variables do not fit the schema; also a domain input validation failure.</summary>
    public const string Validation = GraphQLHttpErrorCodes.Validation;

    /// <summary>The document is deeper or more complex than the configured limits.</summary>
    public const string TooComplex = GraphQLHttpErrorCodes.TooComplex;

    /// <summary>
    /// The document or the answer is larger than the configured limits (characters, tokens, response bytes): send a
    /// smaller document, or ask for fewer fields or a smaller page.
    /// </summary>
    public const string TooLarge = GraphQLHttpErrorCodes.TooLarge;

    /// <summary>The operation kind is not served (subscriptions): poll with a query instead.</summary>
    public const string NotSupported = GraphQLHttpErrorCodes.NotSupported;

    /// <summary>The body is not valid UTF-8, or a string holds a NUL character or an unpaired surrogate.</summary>
    public const string InvalidEncoding = GraphQLHttpErrorCodes.InvalidEncoding;

    /// <summary>The request presented no usable token where one is needed, or a token that failed validation (HTTP 401).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller's budget of requests is spent; the response has <c>Retry-After</c> (HTTP 429).</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>The request's headers are larger than the configured limit (HTTP 431).</summary>
    public const string HeadersTooLarge = "HEADERS_TOO_LARGE";

    /// <summary>Introspection is switched off on this deployment.</summary>
    public const string IntrospectionDisabled = GraphQLHttpErrorCodes.IntrospectionDisabled;

    /// <summary>The body is larger than the configured limit (HTTP 413).</summary>
    public const string PayloadTooLarge = GraphQLHttpErrorCodes.PayloadTooLarge;

    /// <summary>The GET query string is longer than the configured limit (HTTP 414).</summary>
    public const string UriTooLong = GraphQLHttpErrorCodes.UriTooLong;

    /// <summary>The body is not <c>application/json</c> (HTTP 415).</summary>
    public const string UnsupportedMediaType = GraphQLHttpErrorCodes.UnsupportedMediaType;

    /// <summary>The client accepts no media type the gateway can produce (HTTP 406).</summary>
    public const string NotAcceptable = GraphQLHttpErrorCodes.NotAcceptable;

    /// <summary>Wrong HTTP method, e.g. a mutation over GET (HTTP 405).</summary>
    public const string MethodNotAllowed = GraphQLHttpErrorCodes.MethodNotAllowed;

    // Execution errors: the operation ran; the error sits at a path of the result.

    /// <summary>The execution took longer than the configured timeout.</summary>
    public const string Timeout = GraphQLHttpErrorCodes.Timeout;

    /// <summary>A referenced entity does not exist (also HTTP 404: no such path).</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>The change conflicts with the current state (e.g. a duplicate or a concurrent change).</summary>
    public const string Conflict = "CONFLICT";

    /// <summary>The change came after its deadline.</summary>
    public const string DeadlinePassed = "DEADLINE_PASSED";

    /// <summary>The change breaks a rule of the platform; <c>extensions.clause</c> names it.</summary>
    public const string RuleViolation = "RULE_VIOLATION";

    /// <summary>The entity is not in a state that allows this transition.</summary>
    public const string InvalidTransition = "INVALID_TRANSITION";

    /// <summary>The caller may not do this (also HTTP 403).</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>
    /// The platform could not answer now: a silo unreachable, a grain call timed out, storage unavailable. The request
    /// may succeed when retried; the HTTP response carries <c>Retry-After</c> (and is 503 when it has no data).
    /// </summary>
    public const string Unavailable = GraphQLHttpErrorCodes.Unavailable;

    /// <summary>
    /// A streamed body ended before its end (cut short, broken chunk framing, connection reset): HTTP 400, or the final
    /// NDJSON line of a stream that had started answering. Send it again with the same idempotency key.
    /// </summary>
    public const string BodyIncomplete = "BODY_INCOMPLETE";

    /// <summary>
    /// A streamed body arrived more slowly than the gateway's minimum data rate, or stalled: HTTP 408, or the final
    /// NDJSON line of a stream that had started answering. Send it again with the same idempotency key, without pauses.
    /// </summary>
    public const string BodyTooSlow = "BODY_TOO_SLOW";

    /// <summary>Anything unexpected; details are never exposed outside Development.</summary>
    public const string Internal = GraphQLHttpErrorCodes.Internal;
}
