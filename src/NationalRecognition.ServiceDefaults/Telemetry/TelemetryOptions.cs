namespace NationalRecognition.ServiceDefaults.Telemetry;

/// <summary>
/// Where a process's telemetry goes, bound from the section <c>Telemetry</c> (e.g. <c>Telemetry__OtlpEndpoint=http://collector:4317</c>).
/// Traces, metrics and logs are always produced in process; they leave it over OTLP when <see cref="OtlpEndpoint"/> is
/// set, and metrics are also served for scraping at <c>/metrics</c> by the processes that serve HTTP.
/// </summary>
public sealed class TelemetryOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Telemetry";

    /// <summary>Off: no provider is built at all (nothing is recorded, nothing is exported).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The OpenTelemetry service name; unset, each process names itself (recognition-silo, recognition-gateway, recognition-importer).</summary>
    public string? ServiceName { get; set; }

    /// <summary>An OpenTelemetry collector's OTLP address; unset, nothing is pushed.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>OTLP over gRPC (the default, port 4317) or over HTTP with protobuf (port 4318).</summary>
    public OtlpTransport OtlpProtocol { get; set; } = OtlpTransport.Grpc;

    /// <summary>Serve the metrics in the Prometheus text format at <c>/metrics</c> (gateway and silo).</summary>
    public bool Prometheus { get; set; } = true;

    /// <summary>
    /// The share of new traces that are recorded, 0 to 1. A trace started elsewhere (a caller's traceparent) follows
    /// the caller's decision, so a trace is never half recorded across processes.
    /// </summary>
    public double SamplingRatio { get; set; } = 1.0;
}
