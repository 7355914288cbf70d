using Microsoft.Extensions.Diagnostics.HealthChecks;
using NationalRecognition.ServiceDefaults.Health;

namespace NationalRecognition.Gateway.Health;

/// <summary>Liveness and readiness endpoints, mapped in every environment (Kubernetes probes them).</summary>
public static class GatewayHealthChecks
{
    /// <summary>Tag of checks that say whether the process itself works.</summary>
    public const string LiveTag = HealthTags.Live;

    /// <summary>Tag of checks that say whether the gateway can serve requests.</summary>
    public const string ReadyTag = HealthTags.Ready;

    /// <summary>
    /// The process check (live); ready: not shutting down and the Orleans cluster answering. A host that also runs a
    /// silo adds that silo's checks to the returned builder.
    /// </summary>
    public static IHealthChecksBuilder AddGatewayHealthChecks(this IServiceCollection services) =>
        services.AddPlatformHealthChecks()
            .AddCheck<OrleansClusterHealthCheck>("orleans-cluster", HealthStatus.Unhealthy, [ReadyTag], timeout: TimeSpan.FromSeconds(5));

    /// <summary>
    /// <c>/health/live</c> runs only the live checks, so a cluster outage never gets the gateway restarted;
    /// <c>/health/ready</c> runs the ready checks.
    /// </summary>
    public static IEndpointRouteBuilder MapGatewayHealthChecks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPlatformHealthChecks();
}
