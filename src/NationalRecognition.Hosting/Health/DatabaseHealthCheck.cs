using Microsoft.Extensions.Diagnostics.HealthChecks;
using NationalRecognition.ServiceDefaults.Cluster;
using Npgsql;

namespace NationalRecognition.Hosting.Health;

/// <summary>
/// Ready needs PostgreSQL: one <c>SELECT 1</c> over a pool of its own (two connections, short timeouts), so that a
/// probe never waits behind the event log's or Orleans' connections, and a broken connection is dropped and
/// replaced by the next probe.
/// </summary>
public sealed class DatabaseHealthCheck : IHealthCheck, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public DatabaseHealthCheck(PlatformClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = new NpgsqlConnectionStringBuilder(options.ConnectionString)
        {
            MaxPoolSize = 2,
            MinPoolSize = 0,
            Timeout = 3,
            CommandTimeout = 3,
            ApplicationName = "recognition-health",
        };
        _dataSource = NpgsqlDataSource.Create(settings.ConnectionString);
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = _dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("PostgreSQL answers.");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException
                                          || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // The exception's text names the server, never data; the probe's answer carries only the description.
            return HealthCheckResult.Unhealthy("PostgreSQL can't be reached.", exception);
        }
    }

    public void Dispose() => _dataSource.Dispose();
}
