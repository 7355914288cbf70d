using System.Collections.Concurrent;
using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;

namespace NationalRecognition.Gateway.Tests.Observability;

/// <summary>Everything the gateway's telemetry exported, as the exporters received it (after the privacy filter).</summary>
public sealed class CapturedTelemetry
{
    public List<Activity> Spans { get; } = [];

    public List<MetricSnapshot> Metrics { get; } = [];

    public ConcurrentQueue<string> LogLines { get; } = new();

    public IReadOnlyList<Activity> SpansSnapshot()
    {
        lock (Spans)
        {
            return [.. Spans];
        }
    }

    /// <summary>Every exported span, metric and log record as text: what a collector would store.</summary>
    public IEnumerable<string> AllText()
    {
        foreach (var span in SpansSnapshot())
        {
            yield return Describe(span);
        }

        foreach (var metric in Metrics.ToList())
        {
            yield return metric.Name + " " + metric.Description + " " + string.Join(" ", metric.MetricPoints.SelectMany(point =>
            {
                var tags = new List<string>();
                foreach (var tag in point.Tags)
                {
                    tags.Add($"{tag.Key}={tag.Value}");
                }

                return tags;
            }));
        }

        foreach (var line in LogLines)
        {
            yield return line;
        }
    }

    public static string Describe(Activity activity) => string.Join(" | ",
        new[] { activity.Source.Name, activity.OperationName, activity.DisplayName, activity.StatusDescription ?? string.Empty }
            .Concat(activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))
            .Concat(activity.Baggage.Select(b => $"{b.Key}={b.Value}"))
            .Concat(activity.Events.SelectMany(e => e.Tags.Select(t => $"{e.Name}:{t.Key}={t.Value}").Prepend(e.Name))));

    /// <summary>Renders each log record as the OTLP exporter would send it: message, attributes, scopes, exception.</summary>
    public sealed class LogExporter(CapturedTelemetry captured) : BaseExporter<LogRecord>
    {
        public override ExportResult Export(in Batch<LogRecord> batch)
        {
            foreach (var record in batch)
            {
                var parts = new List<string> { record.CategoryName ?? string.Empty, record.FormattedMessage ?? string.Empty, record.Body ?? string.Empty };
                if (record.Attributes is { } attributes)
                {
                    parts.AddRange(attributes.Select(a => $"{a.Key}={a.Value}"));
                }

                record.ForEachScope(static (scope, list) =>
                {
                    foreach (var item in scope)
                    {
                        list.Add($"{item.Key}={item.Value}");
                    }
                }, parts);
                if (record.Exception is { } exception)
                {
                    parts.Add(exception.ToString());
                }

                captured.LogLines.Enqueue(string.Join(" | ", parts));
            }

            return ExportResult.Success;
        }
    }
}
