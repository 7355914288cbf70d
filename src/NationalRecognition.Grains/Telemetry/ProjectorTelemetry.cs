using System.Diagnostics;
using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.Telemetry;

/// <summary>
/// The projector's span: one per batch that applies events, linked to the trace of every request whose events it
/// applies (the trace context each event was written with), so an operator can go from a slow listing back to the
/// submissions it waited for, and from a request forward to the batch that made it visible.
/// </summary>
public static class ProjectorTelemetry
{
    public const string SourceName = "NationalRecognition.Projector";

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>Starts the batch's span (null when nobody listens); its SQL commands become its children.</summary>
    public static Activity? StartBatch(string projection, IReadOnlyList<RecordedEvent> batch)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var links = new List<ActivityLink>();
        var seen = new HashSet<ActivityTraceId>();
        foreach (var recorded in batch)
        {
            if (recorded.TraceParent is { } traceParent
                && ActivityContext.TryParse(traceParent, null, isRemote: true, out var context)
                && seen.Add(context.TraceId))
            {
                links.Add(new ActivityLink(context));
            }
        }

        var activity = Source.StartActivity($"project {projection}", ActivityKind.Internal, parentContext: default, links: links);
        activity?.SetTag("recognition.projection", projection);
        activity?.SetTag("recognition.batch.events", batch.Count);
        activity?.SetTag("recognition.batch.linked_traces", links.Count);
        return activity;
    }

    /// <summary>The W3C trace context of the current span, stored with the events a command writes.</summary>
    public static string? CurrentTraceParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;
}
