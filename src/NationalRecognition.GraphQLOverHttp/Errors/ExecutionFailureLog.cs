using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace NationalRecognition.GraphQLOverHttp.Errors;

/// <summary>
/// Before a result goes out, writes one log line with the exception and the trace id for each of its
/// <see cref="GraphQLHttpErrorCodes.Internal"/> errors (whose cause the client never sees) and
/// <see cref="GraphQLHttpErrorCodes.Unavailable"/> errors (an outage that operators must notice even when clients retry it
/// away), and tells the transport whether the client should retry.
/// </summary>
internal sealed partial class ExecutionFailureLog(IErrorInfoProvider errorInfo, ILogger<ExecutionFailureLog> logger)
{
    /// <summary>Logs the result's INTERNAL and UNAVAILABLE errors; true when at least one is UNAVAILABLE.</summary>
    public bool Record(ExecutionResult result, string? traceId)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Errors is not { Count: > 0 } errors)
        {
            return false;
        }

        var unavailable = false;
        foreach (var error in errors)
        {
            var info = errorInfo.GetInfo(error);
            var code = info.Extensions is { } extensions && extensions.TryGetValue("code", out var value) ? value as string : null;
            var path = error.Path is null ? "(request)" : string.Join('.', error.Path);
            var cause = error.InnerException ?? error;
            if (code == GraphQLHttpErrorCodes.Unavailable)
            {
                unavailable = true;
                LogUnavailable(logger, path, traceId ?? "none", cause);
            }
            else if (code == GraphQLHttpErrorCodes.Internal)
            {
                LogInternal(logger, path, traceId ?? "none", cause);
            }
        }

        return unavailable;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "GraphQL error UNAVAILABLE at {Path}, trace {TraceId}: the client was told to retry.")]
    private static partial void LogUnavailable(ILogger logger, string path, string traceId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "GraphQL error INTERNAL at {Path}, trace {TraceId}: the client got no details.")]
    private static partial void LogInternal(ILogger logger, string path, string traceId, Exception exception);
}
