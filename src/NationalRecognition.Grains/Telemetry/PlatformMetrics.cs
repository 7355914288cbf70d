using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text.Json;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.ReadModels.Statistics;

namespace NationalRecognition.Grains.Telemetry;

/// <summary>
/// The platform's business meters (meter <see cref="MeterName"/>). Commands are counted from the events they committed,
/// after the commit, so a count is an acknowledged fact and a retried command is counted once. Tags are bounded sets
/// (an outcome, a clause, a result, a projection): never an id, a name or an IIN.
/// </summary>
public static class PlatformMetrics
{
    public const string MeterName = "NationalRecognition.Platform";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Submitted = Meter.CreateCounter<long>(
        "recognition.applications.submitted", "{application}", "Applications submitted (committed).");

    private static readonly Counter<long> Decisions = Meter.CreateCounter<long>(
        "recognition.decisions", "{decision}", "Commission decisions recorded, by outcome.");

    private static readonly Counter<long> Refusals = Meter.CreateCounter<long>(
        "recognition.refusals", "{refusal}", "Commands refused, by the clause of the Rules they cite (none: access or validation).");

    private static readonly Counter<long> FeedRecords = Meter.CreateCounter<long>(
        "recognition.feed.records", "{record}", "Certificate records of the labour exchange's feed, by result.");

    private static readonly ConcurrentDictionary<string, ProjectionStatus> Lags = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, int> Stops = new(StringComparer.Ordinal);

    static PlatformMetrics()
    {
        Meter.CreateObservableGauge("recognition.projection.lag.events",
            () => Lags.Values.Select(lag => new Measurement<long>(lag.EventsBehind, new KeyValuePair<string, object?>("projection", lag.Projection))),
            "{event}", "Events committed to the log that a projection has not applied yet.");
        Meter.CreateObservableGauge("recognition.projection.lag.seconds",
            () => Lags.Values.Select(lag => new Measurement<double>(lag.OldestUnappliedAge.TotalSeconds, new KeyValuePair<string, object?>("projection", lag.Projection))),
            "s", "Age of the oldest event a projection has not applied yet (0 when caught up).");
        Meter.CreateObservableGauge("recognition.projection.stopped",
            () => Stops.Select(stop => new Measurement<int>(stop.Value, new KeyValuePair<string, object?>("projection", stop.Key))),
            "{projection}", "1 while a projection is stopped at an event this build cannot read (alert NR-PROJECTION-UNKNOWN-EVENT), 0 once it moved past it.");
        Meter.CreateObservableGauge("recognition.statistics.staleness",
            () => Lags.TryGetValue(StatisticsProjection.ProjectionName, out var lag) ? [new Measurement<double>(lag.OldestUnappliedAge.TotalSeconds)] : Array.Empty<Measurement<double>>(),
            "s", "How far the national statistics trail the event log.");
    }

    /// <summary>Counts what a committed write (or a recorded refusal) says happened.</summary>
    public static void Committed(IEnumerable<PendingEvent> events)
    {
        foreach (var committed in events)
        {
            switch (committed.EventType)
            {
                case "ApplicationSubmitted":
                    Submitted.Add(1);
                    break;
                case "ApplicationDecided":
                    Decisions.Add(1, new KeyValuePair<string, object?>("outcome", Read(committed.Payload, "summary", "status") ?? "unknown"));
                    break;
                case "CommandRefused" or "SubmissionRefusedAtDoor":
                    Refusals.Add(1, new KeyValuePair<string, object?>("clause", Read(committed.Payload, "clause") ?? "none"));
                    break;
                case "CertificateFeedBatchReceived":
                    CountFeedBatch(committed.Payload);
                    break;
            }
        }
    }

    /// <summary>Whether a projection is stopped at an event this build cannot read.</summary>
    public static void ProjectionStopped(string projection, bool stopped) => Stops[projection] = stopped ? 1 : 0;

    /// <summary>The projector's latest measurement of a projection's lag.</summary>
    public static void ProjectionLag(ProjectionStatus status) => Lags[status.Projection] = status;

    private static void CountFeedBatch(string payload)
    {
        using var json = JsonDocument.Parse(payload);
        foreach (var result in (ReadOnlySpan<string>)["accepted", "unchanged", "updated", "rejected"])
        {
            if (json.RootElement.TryGetProperty(result, out var count) && count.TryGetInt64(out var value) && value > 0)
            {
                FeedRecords.Add(value, new KeyValuePair<string, object?>("result", result));
            }
        }
    }

    private static string? Read(string payload, params string[] path)
    {
        using var json = JsonDocument.Parse(payload);
        var element = json.RootElement;
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
