using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace NationalRecognition.ServiceDefaults.Health;

/// <summary>
/// Not ready from the moment the process is asked to stop (SIGTERM): the load balancer stops sending new requests while
/// those in flight finish (<see cref="Operations.ShutdownOptions.DrainDelay"/>).
/// </summary>
public sealed class ShutdownHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("Shutting down.")
            : HealthCheckResult.Healthy());
}
