namespace NationalRecognition.Gateway.Http;

/// <summary>
/// Limits on every request, whatever its path, bound from "HttpLimits" (e.g. <c>HttpLimits__MaxRequestHeaderBytes=65536</c>).
/// Kestrel's own limits are set a little above these (<see cref="KestrelMargin"/>), so that a request over our limit
/// is still read and answered by the gateway with a JSON body; only a request past Kestrel's limit as well gets
/// Kestrel's bare answer.
/// </summary>
public sealed class HttpLimitsOptions
{
    public const string SectionName = "HttpLimits";

    /// <summary>How far above our limits Kestrel's are set.</summary>
    public const int KestrelMargin = 8 * 1024;

    /// <summary>Longest request target (path and query string, as sent); longer gets 414 <c>URI_TOO_LONG</c>.</summary>
    public int MaxRequestTargetBytes { get; set; } = 12 * 1024;

    /// <summary>Largest total of the request's header names and values; larger gets 431 <c>HEADERS_TOO_LARGE</c>.</summary>
    public int MaxRequestHeaderBytes { get; set; } = 32 * 1024;
}
