using Microsoft.Extensions.Configuration;
using NationalRecognition.ServiceDefaults.Cluster;

namespace NationalRecognition.Testing;

/// <summary>How the test-cluster configurators receive their settings (through the host configuration).</summary>
public static class TestClusterSettings
{
    /// <summary>Configuration key of the test database's connection string.</summary>
    public const string ConnectionStringKey = PlatformClusterOptions.SectionName + ":ConnectionString";

    /// <summary>The host configuration entries that put a test cluster on <paramref name="connectionString"/>.</summary>
    public static IReadOnlyDictionary<string, string?> ForPostgreSql(string connectionString) => new Dictionary<string, string?>
    {
        [PlatformClusterOptions.SectionName + ":Mode"] = nameof(ClusterMode.PostgreSql),
        [ConnectionStringKey] = connectionString,
    };

    /// <summary>Reads the options back, with the short failure-detection settings for tests.</summary>
    public static PlatformClusterOptions ReadOptions(IConfiguration configuration)
    {
        var options = configuration.GetSection(PlatformClusterOptions.SectionName).Get<PlatformClusterOptions>()
            ?? throw new InvalidOperationException($"{ConnectionStringKey} isn't configured.");
        options.Liveness = PlatformLivenessOptions.ForTests();
        return options;
    }
}
