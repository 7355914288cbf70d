using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NationalRecognition.Gateway.Health;

/// <summary>
/// Ready = the Orleans cluster answers: one call to the built-in management grain (served by any silo, no state
/// read) listing the active silos. The client is looked up lazily so that the gateway still starts, unready, when
/// no Orleans client is configured.
/// </summary>
internal sealed class OrleansClusterHealthCheck(IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context,
        CancellationToken cancellationToken = default)
    {
        if (services.GetService<IClusterClient>() is not { } client)
        {
            return HealthCheckResult.Unhealthy("No Orleans client is configured.");
        }

        try
        {
            var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true, cancellationToken);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} active silo(s).")
                : HealthCheckResult.Unhealthy("The cluster has no active silo.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException
                                          || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The Orleans cluster can't be reached.", exception);
        }
    }
}
