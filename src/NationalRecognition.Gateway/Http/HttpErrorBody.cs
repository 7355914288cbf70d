using System.Text.Json;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Languages;

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

    /// <summary>What a bare HTTP status means for the client, in the request's language.</summary>
    public static string MessageFor(int status) => GatewayMessages.Text(status switch
    {
        StatusCodes.Status401Unauthorized => "http.unauthorized",
        StatusCodes.Status403Forbidden => "http.forbidden",
        StatusCodes.Status404NotFound => "http.notFound",
        StatusCodes.Status405MethodNotAllowed => "http.methodNotAllowed",
        StatusCodes.Status413PayloadTooLarge => "http.payloadTooLarge",
        StatusCodes.Status414UriTooLong => "http.uriTooLong",
        StatusCodes.Status415UnsupportedMediaType => "http.unsupportedMediaType",
        StatusCodes.Status429TooManyRequests => "http.tooManyRequests",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "http.headersTooLarge",
        StatusCodes.Status503ServiceUnavailable => "unavailable",
        _ when status >= 500 => "http.internal",
        _ => "http.badRequest",
    });

    /// <summary>
    /// Writes status, content type and body; <paramref name="traceId"/> and <paramref name="reason"/> (what exactly was
    /// wrong, e.g. <c>TOKEN_EXPIRED</c>) go into the extensions when given.
    /// </summary>
    public static async Task WriteAsync(
        HttpContext context, int status, string? code = null, string? message = null, string? traceId = null, string? reason = null)
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

        if (reason is not null)
        {
            extensions["reason"] = reason;
        }

        var body = new { errors = new[] { new { message = message ?? MessageFor(status), extensions } } };
        await JsonSerializer.SerializeAsync(response.Body, body, cancellationToken: context.RequestAborted);
    }
}
