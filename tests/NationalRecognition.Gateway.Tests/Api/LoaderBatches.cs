using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using NationalRecognition.Gateway.Graph.Common;

namespace NationalRecognition.Gateway.Tests.Api;

/// <summary>Records the batch sizes one per-request loader reports while it is alive.</summary>
internal sealed class LoaderBatches : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<int> _sizes = new();

    public LoaderBatches(string loader)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == LoaderMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, size, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "loader" && (string?)tag.Value == loader)
                {
                    _sizes.Enqueue(size);
                }
            }
        });
        _listener.Start();
    }

    public int[] Sizes => [.. _sizes];

    public void Dispose() => _listener.Dispose();
}
