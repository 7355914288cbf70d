using System.Text.Json.Serialization;

namespace NationalRecognition.Benchmarks;

/// <summary>One wrk run as benchmarks/wrk/common.lua writes it (microseconds).</summary>
public sealed record WrkResult(
    [property: JsonPropertyName("requests")] long Requests,
    [property: JsonPropertyName("duration_us")] long DurationMicroseconds,
    [property: JsonPropertyName("ok")] long Ok,
    [property: JsonPropertyName("failed")] long Failed,
    [property: JsonPropertyName("socket_errors")] long SocketErrors,
    [property: JsonPropertyName("timeouts")] long Timeouts,
    [property: JsonPropertyName("mean_us")] double MeanMicroseconds,
    [property: JsonPropertyName("p50_us")] long P50Microseconds,
    [property: JsonPropertyName("p90_us")] long P90Microseconds,
    [property: JsonPropertyName("p99_us")] long P99Microseconds,
    [property: JsonPropertyName("max_us")] long MaxMicroseconds)
{
    /// <summary>Good answers per second (failures do not count as throughput).</summary>
    public double OkPerSecond => DurationMicroseconds > 0 ? Ok / (DurationMicroseconds / 1e6) : 0;

    public double P99Milliseconds => P99Microseconds / 1000.0;
}
