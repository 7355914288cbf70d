using Microsoft.Extensions.Diagnostics.HealthChecks;
using NationalRecognition.Hosting;
using NationalRecognition.Hosting.Health;
using NationalRecognition.ServiceDefaults.Cluster;
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
    /// The process check (live); ready: not shutting down, PostgreSQL reachable in PostgreSql mode, the co-hosted silo
    /// Active when there is one, and the Orleans cluster answering.
    /// </summary>
    public static IServiceCollection AddGatewayHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RecognitionClusterOptions.SectionName).Get<RecognitionClusterOptions>()
            ?? new RecognitionClusterOptions();
        var checks = services.AddRecognitionHealthChecks()
            .AddCheck<OrleansClusterHealthCheck>("orleans-cluster", HealthStatus.Unhealthy, [ReadyTag], timeout: TimeSpan.FromSeconds(5));
        if (options.Mode == ClusterMode.Local || options.GatewayHostsSilo)
        {
            checks.AddSiloHealthChecks(options);
        }
        else if (options.Mode == ClusterMode.PostgreSql)
        {
            services.AddSingleton(_ => new DatabaseHealthCheck(options));
            checks.AddCheck<DatabaseHealthCheck>("postgresql", HealthStatus.Unhealthy, [ReadyTag], timeout: TimeSpan.FromSeconds(5));
        }

        return services;
    }

    /// <summary>
    /// <c>/health/live</c> runs only the live checks, so a cluster outage never gets the gateway restarted;
    /// <c>/health/ready</c> runs the ready checks.
    /// </summary>
    public static IEndpointRouteBuilder MapGatewayHealthChecks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapRecognitionHealthChecks();
}
