using System.Diagnostics;

namespace NationalRecognition.Gateway.Errors;

/// <summary>
/// The id that ties a client's error to the gateway's logs and traces: the W3C trace id of the current activity (the
/// same id the OpenTelemetry traces and the Orleans calls of the request carry), else ASP.NET Core's request id.
/// </summary>
public static class RequestTraceId
{
    public static string? Of(HttpContext? context)
    {
        if (Activity.Current is { } activity)
        {
            return activity.IdFormat == ActivityIdFormat.W3C ? activity.TraceId.ToHexString() : activity.RootId;
        }

        return context?.TraceIdentifier;
    }
}
