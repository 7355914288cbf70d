using Microsoft.Extensions.Diagnostics.HealthChecks;
using NationalRecognition.Grains.ReadModels.Projector;

namespace NationalRecognition.Hosting.Health;

/// <summary>
/// Degraded while a projection on this silo is stopped at an event its build cannot read (alert
/// <see cref="UnknownEventException.AlertCode"/>). Degraded, not unhealthy: the probe still answers 200, so the silo
/// keeps serving grains and a rollback to the older build (whose silos meet the newer events) is not blocked by
/// readiness; the probe's body, the critical log and the <c>recognition.projection.stopped</c> meter carry the alert.
/// </summary>
public sealed class ProjectorHealthCheck(ProjectionStops stops) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = stops.Current;
        return Task.FromResult(current.Count == 0
            ? HealthCheckResult.Healthy("Every projection reads the log.")
            : HealthCheckResult.Degraded(
                $"{UnknownEventException.AlertCode}: stopped at an event this build cannot read: "
                + string.Join(", ", current.Select(s => $"{s.Projection} at {s.EventType} v{s.SchemaVersion}")) + "."));
    }
}
