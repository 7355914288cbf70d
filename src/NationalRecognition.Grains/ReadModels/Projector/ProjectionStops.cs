using System.Collections.Concurrent;
using NationalRecognition.Grains.Telemetry;

namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>
/// The projections this silo's projector has stopped at an event its build cannot read, for the probe and the meter.
/// One per silo; the projector records a stop and clears it when the projection moves past the event (another silo
/// with a newer build applied it, or this one was upgraded).
/// </summary>
public sealed class ProjectionStops
{
    private readonly ConcurrentDictionary<string, UnknownEventException> _stopped = new(StringComparer.Ordinal);

    /// <summary>The stops in force, by projection.</summary>
    public IReadOnlyCollection<UnknownEventException> Current => _stopped.Values.OrderBy(s => s.Projection, StringComparer.Ordinal).ToList();

    /// <summary>Whether the projection is stopped on this silo.</summary>
    public bool IsStopped(string projection) => _stopped.ContainsKey(projection);

    /// <summary>Records a stop; true when it is new (not the same projection stopped at the same event already).</summary>
    public bool Stopped(UnknownEventException stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        var isNew = !_stopped.TryGetValue(stop.Projection, out var known) || known.Position != stop.Position;
        _stopped[stop.Projection] = stop;
        PlatformMetrics.ProjectionStopped(stop.Projection, stopped: true);
        return isNew;
    }

    /// <summary>Clears a projection's stop; true when it had stopped.</summary>
    public bool Resumed(string projection)
    {
        var had = _stopped.TryRemove(projection, out _);
        PlatformMetrics.ProjectionStopped(projection, stopped: false);
        return had;
    }
}
