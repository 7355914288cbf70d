using Microsoft.Extensions.Logging;
using NationalRecognition.Persistence;
using NationalRecognition.ServiceDefaults.Cluster;

namespace NationalRecognition.Hosting;

/// <summary>
/// Migrates (or only verifies) the PostgreSQL schema in a silo lifecycle stage that runs before
/// <see cref="ServiceLifecycleStage.RuntimeInitialize"/>, where the ADO.NET membership table reads
/// its queries; grain storage and reminders start later still.
/// </summary>
internal sealed partial class DatabaseSchemaStartup(
    PlatformClusterOptions options,
    ILoggerFactory loggerFactory) : ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The stage this runs in; strictly earlier than every ADO.NET provider.</summary>
    public const int Stage = ServiceLifecycleStage.RuntimeInitialize - 100;

    private readonly ILogger _logger = loggerFactory.CreateLogger<DatabaseSchemaStartup>();

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(DatabaseSchemaStartup), Stage, EnsureSchemaAsync);

    private async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        var migrator = new SchemaMigrator(options.ConnectionString!, loggerFactory.CreateLogger<SchemaMigrator>());
        if (options.ApplySchemaOnStartup)
        {
            var result = await migrator.MigrateAsync(cancellationToken);
            LogMigrated(_logger, result.Applied.Count);
        }
        else
        {
            await migrator.VerifyAsync(cancellationToken);
            LogVerified(_logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL schema ready ({AppliedCount} script(s) applied at start-up).")]
    private static partial void LogMigrated(ILogger logger, int appliedCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "PostgreSQL schema verified (ApplySchemaOnStartup is off).")]
    private static partial void LogVerified(ILogger logger);
}
