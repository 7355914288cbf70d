using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NationalRecognition.GraphQLOverHttp.Documents;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.GraphQLOverHttp;

/// <summary>
/// GraphQL over HTTP on one path, for one schema: POST (application/json) for everything, GET for queries, the
/// application's <see cref="IBrowserPage"/> (if any) for browsers. The status-code rule is described in
/// docs/graphql-over-http.md.
/// </summary>
internal sealed class GraphQLHttpHandler<TSchema>(
    IDocumentExecuter<TSchema> executer,
    IGraphQLTextSerializer serializer,
    IOptionsMonitor<GraphQLEndpointOptions> options,
    ExecutionFailureLog failures,
    DocumentGuard guard,
    ValidatedDocumentCache documentCache,
    IntrospectionPolicy introspectionPolicy,
    IBrowserPage? browserPage = null,
    ICallerBodyLimit? callerBodyLimit = null,
    IPersistedDocuments? persistedDocuments = null)
    where TSchema : ISchema
{
    public async Task HandleAsync(HttpContext context, string endpointPath)
    {
        var limits = options.CurrentValue;
        var request = context.Request;
        var accept = request.GetTypedHeaders().Accept;
        context.Response.Headers.Vary = HeaderNames.Accept;

        var isGet = HttpMethods.IsGet(request.Method);
        if (!isGet && !HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = "GET, POST";
            await WriteRequestErrorAsync(context, StatusCodes.Status405MethodNotAllowed, GraphQLMediaTypes.Json,
                GraphQLHttpErrorCodes.MethodNotAllowed, "Use POST, or GET for queries.");
            return;
        }

        if (isGet && browserPage is not null && !request.Query.ContainsKey("query") && !request.Query.ContainsKey("documentId")
            && ResponseMediaTypeNegotiator.AcceptsHtml(accept) && await browserPage.TryWriteAsync(context, endpointPath))
        {
            return;
        }

        var mediaType = ResponseMediaTypeNegotiator.Select(accept);
        if (mediaType is null)
        {
            await WriteRequestErrorAsync(context, StatusCodes.Status406NotAcceptable, GraphQLMediaTypes.Json,
                GraphQLHttpErrorCodes.NotAcceptable,
                $"Accept {GraphQLMediaTypes.GraphQLResponse} or {GraphQLMediaTypes.Json}.");
            return;
        }

        var (graphQLRequest, failure) = isGet
            ? ReadGetRequest(request, limits)
            : await ReadPostRequestAsync(request, limits, context.RequestAborted);
        if (failure is not null)
        {
            await WriteRequestErrorAsync(context, failure.Status, mediaType, failure.Code, failure.Message);
            return;
        }

        if (ResolvePersisted(context, graphQLRequest!) is { } persistedFailure)
        {
            await WriteRequestErrorAsync(context, persistedFailure.Status, mediaType, persistedFailure.Code, persistedFailure.Message);
            return;
        }

        if (string.IsNullOrWhiteSpace(graphQLRequest!.Query))
        {
            await WriteRequestErrorAsync(context, StatusCodes.Status400BadRequest, mediaType, GraphQLHttpErrorCodes.BadRequest,
                "The request has no query.");
            return;
        }

        var introspection = introspectionPolicy.Allows(context.User);
        var lookup = documentCache.Find(typeof(TSchema), graphQLRequest.Query, introspection);
        var document = lookup.Found?.Document;
        if (document is null)
        {
            var (parsed, refusal) = guard.Check(graphQLRequest.Query, graphQLRequest.OperationName, limits, context.RequestAborted);
            if (refusal is not null)
            {
                await WriteResultAsync(context, StatusFor(new ExecutionResult(), mediaType), mediaType, new ExecutionResult(refusal), limits);
                return;
            }

            document = parsed!;
        }

        if (DocumentGuard.SelectedOperation(document, graphQLRequest.OperationName) is { } selected)
        {
            if (selected.Operation == OperationType.Subscription)
            {
                await WriteRequestErrorAsync(context, StatusFor(new ExecutionResult(), mediaType), mediaType,
                    GraphQLHttpErrorCodes.NotSupported, "Subscriptions are not supported: poll with a query instead.");
                return;
            }

            if (isGet && selected.Operation != OperationType.Query)
            {
                // GET must be safe: mutations are POST only.
                context.Response.Headers.Allow = "POST";
                await WriteRequestErrorAsync(context, StatusCodes.Status405MethodNotAllowed, mediaType,
                    GraphQLHttpErrorCodes.MethodNotAllowed, $"A {selected.Operation.ToString().ToLowerInvariant()} needs POST.");
                return;
            }
        }

        var execution = new ExecutionOptions
        {
            Query = graphQLRequest.Query,
            Document = document,
            OperationName = graphQLRequest.OperationName,
            Variables = graphQLRequest.Variables,
            Extensions = graphQLRequest.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
            Timeout = limits.ExecutionTimeout,
        };
        execution.UserContext[ValidatedDocumentCache.LookupKey] = lookup;
        var result = await executer.ExecuteAsync(execution);

        var unavailable = failures.Record(result, RequestTraceId.Of(context));
        if (unavailable)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds(limits.RetryAfter);
        }

        await WriteResultAsync(context, StatusFor(result, mediaType, unavailable), mediaType, result, limits);
    }

    /// <summary>
    /// 503 when an UNAVAILABLE error left no data at all, whatever the media type (the server, not the request, is
    /// at fault, and HTTP clients retry 503 with Retry-After). Otherwise, with application/graphql-response+json: 400
    /// when the request was rejected before execution (parse, validation, variables, operation selection), 504 when
    /// execution timed out without data, 200 otherwise; with application/json (legacy): 200 for every well-formed
    /// request, as the specification asks.
    /// </summary>
    internal static int StatusFor(ExecutionResult result, string mediaType, bool unavailable = false)
    {
        if (unavailable && result.Data is null)
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        if (mediaType == GraphQLMediaTypes.Json)
        {
            return StatusCodes.Status200OK;
        }

        if (result.Errors?.Any(error => error is TimeoutError) == true && result.Data is null)
        {
            return StatusCodes.Status504GatewayTimeout;
        }

        return result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }

    /// <summary>
    /// Replaces a <c>documentId</c> by the persisted document's text; refuses an unknown id, an id sent with a text, and
    /// a text from a caller that may run persisted documents only.
    /// </summary>
    private RequestFailure? ResolvePersisted(HttpContext context, GraphQLRequest graphQLRequest)
    {
        if (graphQLRequest.DocumentId is { Length: > 0 } documentId)
        {
            if (!string.IsNullOrEmpty(graphQLRequest.Query))
            {
                return new RequestFailure(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.BadRequest,
                    "Send either a documentId or a query, not both.");
            }

            if (persistedDocuments?.Find(documentId) is not { } text)
            {
                return new RequestFailure(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.PersistedDocumentNotFound,
                    $"No persisted document has the id '{(documentId.Length > 80 ? documentId[..80] + "…" : documentId)}'.");
            }

            graphQLRequest.Query = text;
            return null;
        }

        return persistedDocuments?.PersistedOnly(context) == true
            ? new RequestFailure(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.PersistedDocumentRequired,
                "A browser session runs only the application's persisted documents: send its documentId instead of a document, "
                + "or call the API with a bearer token.")
            : null;
    }

    private (GraphQLRequest? Request, RequestFailure? Failure) ReadGetRequest(HttpRequest request,
        GraphQLEndpointOptions limits)
    {
        if (request.QueryString.Value?.Length > limits.MaxQueryStringLength)
        {
            return (null, new RequestFailure(StatusCodes.Status414UriTooLong, GraphQLHttpErrorCodes.UriTooLong,
                $"The query string is longer than {limits.MaxQueryStringLength} characters; use POST."));
        }

        try
        {
            var variables = request.Query["variables"].ToString();
            var extensions = request.Query["extensions"].ToString();
            return (new GraphQLRequest
            {
                Query = request.Query["query"].ToString(),
                DocumentId = NullIfEmpty(request.Query["documentId"].ToString()),
                OperationName = NullIfEmpty(request.Query["operationName"].ToString()),
                Variables = string.IsNullOrEmpty(variables) ? null : serializer.Deserialize<Inputs>(variables),
                Extensions = string.IsNullOrEmpty(extensions) ? null : serializer.Deserialize<Inputs>(extensions),
            }, null);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return (null, new RequestFailure(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.BadRequest,
                "The variables or extensions parameter is not a JSON object."));
        }
    }

    private async Task<(GraphQLRequest? Request, RequestFailure? Failure)> ReadPostRequestAsync(
        HttpRequest request, GraphQLEndpointOptions limits, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, new RequestFailure(StatusCodes.Status415UnsupportedMediaType,
                GraphQLHttpErrorCodes.UnsupportedMediaType, $"The body must be {GraphQLMediaTypes.Json}."));
        }

        var maxBytes = callerBodyLimit?.MaxRequestBodyBytes(request.HttpContext.User) ?? limits.MaxRequestBodyBytes;
        var body = await BoundedBody.ReadAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return (null, new RequestFailure(StatusCodes.Status413PayloadTooLarge, GraphQLHttpErrorCodes.PayloadTooLarge,
                $"The body is larger than {maxBytes} bytes."));
        }

        string json;
        try
        {
            json = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return (null, new RequestFailure(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.InvalidEncoding,
                "The body is not valid UTF-8."));
        }

        if (json.AsSpan().TrimStart().StartsWith("["))
        {
            // Batches multiply the cost of one HTTP request beyond what the per-request limits can see.
            return (null, new RequestFailure(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.BadRequest,
                "Batched requests are not supported: send one operation per request."));
        }

        try
        {
            var graphQLRequest = serializer.Deserialize<GraphQLRequest>(json);
            if (graphQLRequest is null)
            {
                return (null, new RequestFailure(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.BadRequest,
                    "The body must be a JSON object."));
            }

            return RequestText.Problem(graphQLRequest) is { } problem
                ? (null, new RequestFailure(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.InvalidEncoding, problem))
                : (graphQLRequest, null);
        }
        catch (JsonException) when (RequestText.EscapesUnpairedSurrogate(json))
        {
            return (null, new RequestFailure(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.InvalidEncoding,
                "The body holds a string with an unpaired surrogate."));
        }
        catch (JsonException exception)
        {
            return (null, new RequestFailure(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.BadRequest,
                $"The body is not a valid GraphQL request: {exception.Message}"));
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or OverflowException)
        {
            // System.Text.Json reports an escaped unpaired surrogate ("\ud800") this way.
            return (null, new RequestFailure(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.InvalidEncoding,
                "The body holds a string that is not valid text (an unpaired surrogate?)."));
        }
    }

    private async Task WriteRequestErrorAsync(HttpContext context, int status, string mediaType, string code,
        string message)
    {
        var result = new ExecutionResult();
        result.AddError(new ExecutionError(message) { Code = code });
        await WriteResultAsync(context, status, mediaType, result, options.CurrentValue);
    }

    /// <summary>
    /// Writes the result within <see cref="GraphQLEndpointOptions.MaxResponseBytes"/> (serialised into a bounded
    /// buffer first, so nothing of an oversized answer is ever sent) and with at most
    /// <see cref="GraphQLEndpointOptions.MaxErrors"/> errors.
    /// </summary>
    private async Task WriteResultAsync(HttpContext context, int status, string mediaType, ExecutionResult result,
        GraphQLEndpointOptions limits)
    {
        if (result.Errors is { Count: var count } errors && count > limits.MaxErrors)
        {
            var kept = new ExecutionErrors();
            foreach (var error in errors.Take(limits.MaxErrors))
            {
                kept.Add(error);
            }

            result.Errors = kept;
            (result.Extensions ??= new Dictionary<string, object?>())["errorsOmitted"] = count - limits.MaxErrors;
        }

        using var buffer = new BoundedBufferStream(limits.MaxResponseBytes);
        try
        {
            await serializer.WriteAsync(buffer, result, context.RequestAborted);
        }
        catch (BoundedBufferStream.LimitExceededException)
        {
            var tooLarge = new ExecutionResult();
            tooLarge.AddError(new ExecutionError(
                $"The answer is larger than {limits.MaxResponseBytes} bytes: ask for fewer fields or a smaller page.")
            {
                Code = GraphQLHttpErrorCodes.TooLarge,
            });
            buffer.SetLength(0);
            await serializer.WriteAsync(buffer, tooLarge, context.RequestAborted);
            status = StatusFor(new ExecutionResult(), mediaType);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = mediaType + "; charset=utf-8";
        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    // Retry-After takes whole seconds; round up so that a client never comes back too early.
    private static string RetryAfterSeconds(TimeSpan retryAfter) =>
        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private sealed record RequestFailure(int Status, string Code, string Message);
}
