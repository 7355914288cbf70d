using Microsoft.Extensions.Options;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Feed;
using NationalRecognition.Gateway.Languages;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.Gateway.Http;

/// <summary>
/// The outermost layer of the gateway: refuses request targets and headers over <see cref="HttpLimitsOptions"/>
/// (414, 431), gives every bodiless refusal of the layers inside (401 of the bearer challenge, 403, 404 of an unknown
/// path, 405 of routing, 429 of the rate limiter, …) a GraphQL-style JSON body, and turns an exception that escapes
/// them into 500 <c>INTERNAL</c> with a trace id, logged under the same id — except a body the client broke (Kestrel's
/// <see cref="BadHttpRequestException"/>: cut short, broken chunks, too slow, too large), which is its 400, 408 or 413
/// (<see cref="ClientBodyFailure.OfRequest"/>), logged as information. Every answer carries
/// <c>X-Content-Type-Options: nosniff</c>, so that no browser reads a JSON, CSV or NDJSON answer as something else.
/// </summary>
internal sealed partial class HttpErrorBodyMiddleware(RequestDelegate next, IOptionsMonitor<HttpLimitsOptions> options, ILogger<HttpErrorBodyMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            ((HttpResponse)state).Headers.XContentTypeOptions = "nosniff";
            return Task.CompletedTask;
        }, context.Response);
        var limits = options.CurrentValue;
        var request = context.Request;
        if (request.Path.Value?.Length + request.QueryString.Value?.Length > limits.MaxRequestTargetBytes)
        {
            await HttpErrorBody.WriteAsync(context, StatusCodes.Status414UriTooLong,
                message: GatewayMessages.Text("http.uriTooLongLimit", ("limit", limits.MaxRequestTargetBytes)));
            return;
        }

        if (HeaderBytes(request.Headers) > limits.MaxRequestHeaderBytes)
        {
            await HttpErrorBody.WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge,
                message: GatewayMessages.Text("http.headersTooLargeLimit", ("limit", limits.MaxRequestHeaderBytes)));
            return;
        }

        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            // The client broke its own body (cut short, broken chunks, too slow, too large): its error, not ours.
            var failure = ClientBodyFailure.OfRequest(exception);
            LogClientBodyFailed(logger, request.Method, request.Path.Value ?? "/", failure.Status, exception.Message);
            context.Response.Clear();
            await HttpErrorBody.WriteAsync(context, failure.Status, failure.Code, failure.Message);
            return;
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var traceId = RequestTraceId.Of(context) ?? context.TraceIdentifier;
            LogUnhandled(logger, request.Method, request.Path.Value ?? "/", traceId, exception);
            context.Response.Clear();
            await HttpErrorBody.WriteAsync(context, StatusCodes.Status500InternalServerError, ErrorCodes.Internal, traceId: traceId);
            return;
        }

        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null
            && string.IsNullOrEmpty(response.ContentType))
        {
            await HttpErrorBody.WriteAsync(context, response.StatusCode);
        }
    }

    private static long HeaderBytes(IHeaderDictionary headers)
    {
        long total = 0;
        foreach (var header in headers)
        {
            total += header.Key.Length;
            foreach (var value in header.Value)
            {
                total += value?.Length ?? 0;
            }
        }

        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Request {Method} {Path} answered {Status}: the client's body broke ({Reason})")]
    private static partial void LogClientBodyFailed(ILogger logger, string method, string path, int status, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Request {Method} {Path} failed outside GraphQL execution, trace {TraceId}: the client got 500 INTERNAL.")]
    private static partial void LogUnhandled(ILogger logger, string method, string path, string traceId, Exception exception);
}
