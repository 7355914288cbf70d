using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NationalRecognition.ServiceDefaults.Cluster;
using NationalRecognition.ServiceDefaults.Health;

namespace NationalRecognition.Hosting.Health;

/// <summary>What a process that hosts a silo adds to readiness: PostgreSQL reachable (PostgreSql mode), its silo Active.</summary>
public static class SiloHealthChecks
{
    /// <summary>Adds the PostgreSQL check in PostgreSql mode and the silo's membership check.</summary>
    public static IHealthChecksBuilder AddSiloHealthChecks(this IHealthChecksBuilder checks, RecognitionClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Mode == ClusterMode.PostgreSql)
        {
            checks.Services.AddSingleton(_ => new DatabaseHealthCheck(options));
            checks.AddCheck<DatabaseHealthCheck>("postgresql", HealthStatus.Unhealthy, [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5));
        }

        return checks.AddCheck<SiloMembershipHealthCheck>("silo-membership", HealthStatus.Unhealthy, [HealthTags.Ready]);
    }
}
