using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NationalRecognition.Hosting;
using NationalRecognition.Persistence;
using NationalRecognition.ServiceDefaults.Cluster;

namespace NationalRecognition.Silo;

/// <summary>
/// <c>NationalRecognition.Silo [--mode Local|PostgreSql] [--connection-string ...] [--silo-port N] [--gateway-port N]</c>
/// runs a silo until Ctrl+C; <c>NationalRecognition.Silo migrate [--connection-string ...]</c> applies the schema and exits;
/// <c>NationalRecognition.Silo projections status|rebuild</c> reports and rebuilds the read models (<see cref="ProjectionsCommand"/>).
/// Any other <c>--Recognition:Key=value</c> argument is ordinary .NET configuration.
/// </summary>
public static partial class SiloCommandLine
{
    private const string ConnectionStringKey = PlatformClusterOptions.SectionName + ":ConnectionString";

    /// <summary>Parses <paramref name="args"/> and runs the silo or the chosen command; returns the exit code.</summary>
    public static Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var mode = new Option<ClusterMode?>("--mode") { Description = "Local (default) or PostgreSql; same as Recognition__Mode." };
        var connectionString = new Option<string?>("--connection-string")
        {
            Description = $"Npgsql connection string; same as Recognition__ConnectionString.",
        };
        var siloPort = new Option<int?>("--silo-port") { Description = "Silo-to-silo port; same as Recognition__SiloPort." };
        var gatewayPort = new Option<int?>("--gateway-port") { Description = "Client gateway port; same as Recognition__GatewayPort." };

        var root = new RootCommand("National Recognition Platform silo host.") { TreatUnmatchedTokensAsErrors = false };
        root.Options.Add(mode);
        root.Options.Add(connectionString);
        root.Options.Add(siloPort);
        root.Options.Add(gatewayPort);
        root.SetAction((parseResult, token) =>
        {
            var overrides = new Dictionary<string, string?>();
            AddIfSet(overrides, "Mode", parseResult.GetValue(mode)?.ToString());
            AddIfSet(overrides, "ConnectionString", parseResult.GetValue(connectionString));
            AddIfSet(overrides, "SiloPort", parseResult.GetValue(siloPort)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            AddIfSet(overrides, "GatewayPort", parseResult.GetValue(gatewayPort)?.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return RunSiloAsync([.. parseResult.UnmatchedTokens], overrides, token, parseResult.InvocationConfiguration.Error);
        });

        var migrateConnectionString = new Option<string?>("--connection-string")
        {
            Description = "Npgsql connection string; defaults to Recognition__ConnectionString.",
        };
        var verifyOnly = new Option<bool>("--verify-only") { Description = "Only check the schema; change nothing." };
        var migrate = new Command("migrate", "Apply the PostgreSQL schema (idempotent) and exit.") { TreatUnmatchedTokensAsErrors = false };
        migrate.Options.Add(migrateConnectionString);
        migrate.Options.Add(verifyOnly);
        migrate.SetAction((parseResult, token) => MigrateAsync(
            parseResult.GetValue(migrateConnectionString),
            parseResult.GetValue(verifyOnly),
            [.. parseResult.UnmatchedTokens],
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error,
            token));
        root.Subcommands.Add(migrate);
        root.Subcommands.Add(ProjectionsCommand.Create());
        root.Subcommands.Add(PrivacyCommand.Create());

        // The host handles Ctrl+C itself and may need longer than the parser's default grace period.
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, cancellationToken);
    }

    /// <summary>
    /// Starts the silo, logs where it listens and waits for Ctrl+C (or <paramref name="cancellationToken"/>).
    /// Returns 1, having written why to <paramref name="error"/>, when its silo or gateway port is taken.
    /// </summary>
    public static async Task<int> RunSiloAsync(
        string[] args,
        IReadOnlyDictionary<string, string?> overrides,
        CancellationToken cancellationToken,
        TextWriter? error = null)
    {
        await using var host = PlatformSiloHost.Build(args, overrides);
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception exception) when (PortInUseException.FindIn(exception) is { } portInUse)
        {
            await (error ?? Console.Error).WriteLineAsync(portInUse.Message);
            return 1;
        }

        var silo = host.Services.GetRequiredService<ILocalSiloDetails>();
        var options = host.Services.GetRequiredService<IOptions<PlatformClusterOptions>>().Value;
        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SiloCommandLine));
        LogListening(logger, silo.Name, options.Mode, silo.SiloAddress.Endpoint.ToString(), silo.GatewayAddress?.Endpoint.ToString() ?? "none", silo.ClusterId,
            string.Join(", ", host.Urls));

        await host.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    private static async Task<int> MigrateAsync(
        string? connectionString,
        bool verifyOnly,
        string[] configurationArgs,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(configurationArgs).Build();
        connectionString ??= configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await error.WriteLineAsync($"{ConnectionStringKey} isn't configured: pass --connection-string or set Recognition__ConnectionString.");
            return 2;
        }

        var migrator = new SchemaMigrator(connectionString);
        try
        {
            if (verifyOnly)
            {
                await migrator.VerifyAsync(cancellationToken);
                await output.WriteLineAsync("The schema is complete.");
                return 0;
            }

            var result = await migrator.MigrateAsync(cancellationToken);
            foreach (var script in result.Applied)
            {
                await output.WriteLineAsync($"Applied {script.Version:D4}_{script.Name}.");
            }

            await output.WriteLineAsync(result.Applied.Count == 0
                ? $"The schema is current ({result.AlreadyApplied.Count} script(s) applied earlier)."
                : $"Applied {result.Applied.Count} script(s).");
            return 0;
        }
        catch (SchemaMigrationException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (Npgsql.NpgsqlException ex)
        {
            await error.WriteLineAsync($"Could not reach PostgreSQL: {ex.Message}");
            return 1;
        }
    }

    private static void AddIfSet(Dictionary<string, string?> overrides, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            overrides[PlatformClusterOptions.SectionName + ":" + key] = value;
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Silo {SiloName} is up in {Mode} mode: silo endpoint {SiloEndpoint}, gateway {GatewayEndpoint}, cluster {ClusterId}; probes and metrics at {HttpEndpoints}. Press Ctrl+C to stop.")]
    private static partial void LogListening(ILogger logger, string siloName, ClusterMode mode, string siloEndpoint, string gatewayEndpoint, string clusterId, string httpEndpoints);
}
