using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.ServiceDefaults.Cluster;
using NationalRecognition.ServiceDefaults.Health;

namespace NationalRecognition.Hosting.Health;

/// <summary>
/// What a process that hosts a silo adds to readiness: PostgreSQL reachable (PostgreSql mode), its silo Active, and its
/// projector reading the log (degraded, never not-ready, while a projection is stopped at an event it cannot read).
/// </summary>
public static class SiloHealthChecks
{
    /// <summary>Adds the PostgreSQL check in PostgreSql mode and the silo's membership check.</summary>
    public static IHealthChecksBuilder AddSiloHealthChecks(this IHealthChecksBuilder checks, PlatformClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Mode == ClusterMode.PostgreSql)
        {
            checks.Services.AddSingleton(_ => new DatabaseHealthCheck(options));
            checks.AddCheck<DatabaseHealthCheck>("postgresql", HealthStatus.Unhealthy, [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5));
        }

        checks.Services.TryAddSingleton<ProjectionStops>();
        checks.AddCheck<ProjectorHealthCheck>("projector", HealthStatus.Degraded, [HealthTags.Ready]);
        return checks.AddCheck<SiloMembershipHealthCheck>("silo-membership", HealthStatus.Unhealthy, [HealthTags.Ready]);
    }
}
