using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace NationalRecognition.GraphQLOverHttp.Errors;

/// <summary>
/// The id that ties a client's error to the server's logs and traces: the W3C trace id of the current activity (the
/// same id the OpenTelemetry traces of the request and the calls it makes carry), else ASP.NET Core's request id.
/// </summary>
public static class RequestTraceId
{
    /// <summary>The trace id of the request being served.</summary>
    public static string? Of(HttpContext? context)
    {
        if (Activity.Current is { } activity)
        {
            return activity.IdFormat == ActivityIdFormat.W3C ? activity.TraceId.ToHexString() : activity.RootId;
        }

        return context?.TraceIdentifier;
    }
}
