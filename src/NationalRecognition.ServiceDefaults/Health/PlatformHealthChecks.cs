using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NationalRecognition.ServiceDefaults.Health;

/// <summary>
/// The probes of every process: <c>/health/live</c> (the process works: never the database or another silo, so an
/// outage never gets processes restarted) and <c>/health/ready</c> (it can serve: not shutting down, plus whatever the
/// process adds: its silo and PostgreSQL where it hosts a silo, the cluster where it is a client).
/// </summary>
public static class PlatformHealthChecks
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    /// <summary>Registers the checks every process has: itself (live) and not shutting down (ready).</summary>
    public static IHealthChecksBuilder AddPlatformHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live])
            .AddCheck<ShutdownHealthCheck>("shutdown", HealthStatus.Unhealthy, [HealthTags.Ready]);

    /// <summary>Maps <see cref="LivePath"/> and <see cref="ReadyPath"/> (in every environment: Kubernetes probes them).</summary>
    public static IEndpointRouteBuilder MapPlatformHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Live) });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) });
        return endpoints;
    }
}
