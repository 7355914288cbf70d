using Orleans.TestingHost;

namespace NationalRecognition.Testing;

/// <summary>
/// Test-cluster silos with the production providers on PostgreSQL (clustering, storage, reminders,
/// schema at start-up) and short failure detection. The connection string comes from the host
/// configuration key <c>Recognition:ConnectionString</c>; TestCluster assigns ids and ports.
/// </summary>
public sealed class PostgreSqlSiloConfigurator : ISiloConfigurator
{
    /// <inheritdoc/>
    public void Configure(ISiloBuilder siloBuilder)
    {
        ArgumentNullException.ThrowIfNull(siloBuilder);
        var options = TestClusterSettings.ReadOptions(siloBuilder.Configuration);
        siloBuilder.UsePlatformProviders(options);

        // Lets tests use reminders that fire every second or two (Orleans warns, which is fine here).
        siloBuilder.Configure<ReminderOptions>(reminders => reminders.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
    }
}
