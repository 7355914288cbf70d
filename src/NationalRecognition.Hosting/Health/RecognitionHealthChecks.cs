using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NationalRecognition.Hosting.Health;

/// <summary>
/// The probes of silos and gateways: <c>/health/live</c> (the process works: never the database or another silo, so an
/// outage never gets processes restarted) and <c>/health/ready</c> (it can serve: not shutting down, PostgreSQL
/// reachable in PostgreSql mode, its silo Active when it hosts one).
/// </summary>
public static class RecognitionHealthChecks
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    /// <summary>Registers the checks that apply to a process of this cluster configuration.</summary>
    public static IHealthChecksBuilder AddRecognitionHealthChecks(this IServiceCollection services, RecognitionClusterOptions options, bool hostsSilo)
    {
        ArgumentNullException.ThrowIfNull(options);
        var checks = services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live])
            .AddCheck<ShutdownHealthCheck>("shutdown", HealthStatus.Unhealthy, [HealthTags.Ready]);
        if (options.Mode == ClusterMode.PostgreSql)
        {
            services.AddSingleton(_ => new DatabaseHealthCheck(options));
            checks.AddCheck<DatabaseHealthCheck>("postgresql", HealthStatus.Unhealthy, [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5));
        }

        if (hostsSilo)
        {
            checks.AddCheck<SiloMembershipHealthCheck>("silo-membership", HealthStatus.Unhealthy, [HealthTags.Ready]);
        }

        return checks;
    }

    /// <summary>Maps <see cref="LivePath"/> and <see cref="ReadyPath"/> (in every environment: Kubernetes probes them).</summary>
    public static IEndpointRouteBuilder MapRecognitionHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Live) });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) });
        return endpoints;
    }
}
