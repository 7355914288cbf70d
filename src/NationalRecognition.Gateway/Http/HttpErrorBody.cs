using System.Text.Json;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.GraphQLOverHttp.Errors;

namespace NationalRecognition.Gateway.Http;

/// <summary>
/// The body of an HTTP refusal outside GraphQL execution, shaped like a GraphQL error so that clients read every
/// refusal the same way: <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>.
/// </summary>
public static class HttpErrorBody
{
    /// <summary>The public code of a bare HTTP status.</summary>
    public static string CodeFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ErrorCodes.BadRequest,
        StatusCodes.Status401Unauthorized => ErrorCodes.Unauthenticated,
        StatusCodes.Status403Forbidden => ErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => ErrorCodes.NotFound,
        StatusCodes.Status405MethodNotAllowed => ErrorCodes.MethodNotAllowed,
        StatusCodes.Status406NotAcceptable => ErrorCodes.NotAcceptable,
        StatusCodes.Status408RequestTimeout => ErrorCodes.Timeout,
        StatusCodes.Status413PayloadTooLarge => ErrorCodes.PayloadTooLarge,
        StatusCodes.Status414UriTooLong => ErrorCodes.UriTooLong,
        StatusCodes.Status415UnsupportedMediaType => ErrorCodes.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => ErrorCodes.RateLimited,
        StatusCodes.Status431RequestHeaderFieldsTooLarge => ErrorCodes.HeadersTooLarge,
        StatusCodes.Status503ServiceUnavailable => ErrorCodes.Unavailable,
        StatusCodes.Status504GatewayTimeout => ErrorCodes.Timeout,
        _ when status >= 500 => ErrorCodes.Internal,
        _ => ErrorCodes.BadRequest,
    };

    /// <summary>What a bare HTTP status means for the client.</summary>
    public static string MessageFor(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Authentication failed: send a valid bearer token, or none for public data.",
        StatusCodes.Status403Forbidden => "The caller may not do this.",
        StatusCodes.Status404NotFound => "Nothing is served at this path.",
        StatusCodes.Status405MethodNotAllowed => "This method is not allowed here.",
        StatusCodes.Status413PayloadTooLarge => "The body is too large.",
        StatusCodes.Status414UriTooLong => "The request target is too long.",
        StatusCodes.Status415UnsupportedMediaType => "This content type is not accepted here.",
        StatusCodes.Status429TooManyRequests => "Too many requests: wait for Retry-After seconds, then retry.",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "The request's headers are too large.",
        StatusCodes.Status503ServiceUnavailable => "The service is temporarily unavailable. Retry the request in a few seconds.",
        _ when status >= 500 => GraphQLHttpErrorInfoProvider.InternalErrorMessage,
        _ => "The request is malformed.",
    };

    /// <summary>Writes status, content type and body; <paramref name="traceId"/> goes into the extensions when given.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string? code = null, string? message = null, string? traceId = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json; charset=utf-8";
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        var extensions = new Dictionary<string, string> { ["code"] = code ?? CodeFor(status) };
        if (traceId is not null)
        {
            extensions["traceId"] = traceId;
        }

        var body = new { errors = new[] { new { message = message ?? MessageFor(status), extensions } } };
        await JsonSerializer.SerializeAsync(response.Body, body, cancellationToken: context.RequestAborted);
    }
}
