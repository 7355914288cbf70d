using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NationalRecognition.Hosting.Health;

/// <summary>
/// Ready needs this process's silo to be Active in the cluster's membership: not while it joins, and no longer once it
/// has started to shut down or been declared dead. Looked up lazily, so the check can be registered before the silo.
/// </summary>
public sealed class SiloMembershipHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<IClusterMembershipService>() is not { } membership
            || services.GetService<ILocalSiloDetails>() is not { } silo)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("No silo runs in this process."));
        }

        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy($"Silo {silo.Name} is active.")
            : HealthCheckResult.Unhealthy($"Silo {silo.Name} is {status}."));
    }
}
