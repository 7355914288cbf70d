using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NationalRecognition.Gateway.Health;

/// <summary>Liveness and readiness endpoints, mapped in every environment (Kubernetes probes them).</summary>
public static class GatewayHealthChecks
{
    /// <summary>Tag of checks that say whether the process itself works.</summary>
    public const string LiveTag = "live";

    /// <summary>Tag of checks that say whether the gateway can serve requests (cluster reachable).</summary>
    public const string ReadyTag = "ready";

    /// <summary>Registers the process check (live) and the Orleans cluster check (ready).</summary>
    public static IServiceCollection AddGatewayHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag])
            .AddCheck<OrleansClusterHealthCheck>("orleans-cluster", HealthStatus.Unhealthy, [ReadyTag],
                timeout: TimeSpan.FromSeconds(5));
        return services;
    }

    /// <summary>
    /// <c>/health/live</c> runs only the live checks, so a cluster outage never gets the gateway restarted;
    /// <c>/health/ready</c> runs the ready checks.
    /// </summary>
    public static IEndpointRouteBuilder MapGatewayHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(LiveTag),
        });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(ReadyTag),
        });
        return endpoints;
    }
}
