using System.Diagnostics.Metrics;

namespace NationalRecognition.Gateway.Graph.Common;

/// <summary>
/// How the per-request loaders batch: one measurement per fetch, with the batch size, so that an operator (and a
/// test) can see a page of N rows cost one batch rather than N calls.
/// </summary>
public static class LoaderMetrics
{
    public const string MeterName = "NationalRecognition.Gateway";

    private static readonly Meter Meter = new(MeterName);

    public static Histogram<int> BatchSize { get; } = Meter.CreateHistogram<int>(
        "recognition.gateway.loader.batch_size", unit: "{key}", description: "Keys fetched per batch by a per-request loader.");
}
