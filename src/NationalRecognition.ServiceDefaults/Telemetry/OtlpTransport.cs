namespace NationalRecognition.ServiceDefaults.Telemetry;

/// <summary>How spans, metrics and logs are pushed to the collector.</summary>
public enum OtlpTransport
{
    Grpc = 0,
    HttpProtobuf = 1,
}
