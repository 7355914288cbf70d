using System.Net;
using Microsoft.Extensions.Options;

namespace NationalRecognition.ServiceDefaults.Cluster;

/// <summary>Fails fast at start-up with a message naming the setting to fix.</summary>
public sealed class PlatformClusterOptionsValidator : IValidateOptions<PlatformClusterOptions>
{
    private const string Prefix = PlatformClusterOptions.SectionName + ":";

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, PlatformClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!Enum.IsDefined(options.Mode))
        {
            failures.Add($"{Prefix}Mode must be Local or PostgreSql.");
        }

        if (options.KubernetesHosting && options.Mode != ClusterMode.PostgreSql)
        {
            failures.Add($"{Prefix}KubernetesHosting needs {Prefix}Mode=PostgreSql: a Local-mode silo is alone on its machine.");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceId))
        {
            failures.Add($"{Prefix}ServiceId isn't configured.");
        }

        if (options.SiloPort is <= 0 or > IPEndPoint.MaxPort)
        {
            failures.Add($"{Prefix}SiloPort must be between 1 and 65535.");
        }

        if (options.GatewayPort is <= 0 or > IPEndPoint.MaxPort)
        {
            failures.Add($"{Prefix}GatewayPort must be between 1 and 65535.");
        }

        if (options.SiloPort is { } siloPort && siloPort == options.GatewayPort)
        {
            failures.Add($"{Prefix}SiloPort and {Prefix}GatewayPort must differ.");
        }

        if (options.AdvertisedAddress is { Length: > 0 } address && !IPAddress.TryParse(address, out _))
        {
            failures.Add($"{Prefix}AdvertisedAddress '{address}' is not an IP address.");
        }

        AddGatewayFailures(options.Gateways, failures);
        AddLivenessFailures(options.Liveness, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void AddGatewayFailures(IList<string>? gateways, List<string> failures)
    {
        if (gateways is null)
        {
            failures.Add($"{Prefix}Gateways must not be null.");
            return;
        }

        for (var i = 0; i < gateways.Count; i++)
        {
            if (!GatewayEndpoint.TryParse(gateways[i], out _))
            {
                failures.Add($"{Prefix}Gateways:{i} '{gateways[i]}' is not host:port (a DNS name or an IP address, "
                    + "an IPv6 address in brackets, and a port between 1 and 65535).");
            }
        }
    }

    private static void AddLivenessFailures(PlatformLivenessOptions? liveness, List<string> failures)
    {
        if (liveness is null)
        {
            failures.Add($"{Prefix}Liveness must not be null.");
            return;
        }

        const string Liveness = Prefix + "Liveness:";
        foreach (var (name, value) in new (string, TimeSpan?)[]
        {
            (nameof(liveness.ProbeTimeout), liveness.ProbeTimeout),
            (nameof(liveness.TableRefreshTimeout), liveness.TableRefreshTimeout),
            (nameof(liveness.IAmAliveTablePublishTimeout), liveness.IAmAliveTablePublishTimeout),
            (nameof(liveness.ResponseTimeout), liveness.ResponseTimeout),
            (nameof(liveness.GatewayListRefreshPeriod), liveness.GatewayListRefreshPeriod),
        })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"{Liveness}{name} must be positive.");
            }
        }

        if (liveness.NumMissedProbesLimit < 1)
        {
            failures.Add($"{Liveness}NumMissedProbesLimit must be at least 1.");
        }

        if (liveness.NumVotesForDeathDeclaration < 1)
        {
            failures.Add($"{Liveness}NumVotesForDeathDeclaration must be at least 1.");
        }
    }

    /// <summary>Validates and throws <see cref="OptionsValidationException"/> listing every failure.</summary>
    public static void ThrowIfInvalid(PlatformClusterOptions options)
    {
        var result = new PlatformClusterOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(PlatformClusterOptions), result.Failures);
        }
    }

    /// <summary>
    /// As <see cref="ThrowIfInvalid"/>, and for a silo in PostgreSql mode also its connection string: a silo keeps its
    /// membership, grain state and reminders in PostgreSQL (a client needs <see cref="PlatformClusterOptions.Gateways"/> instead).
    /// </summary>
    public static void ThrowIfInvalidForSilo(PlatformClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var result = new PlatformClusterOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            failures.AddRange(result.Failures);
        }

        if (options.Mode == ClusterMode.PostgreSql && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{Prefix}ConnectionString isn't configured.");
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(PlatformClusterOptions), failures);
        }
    }
}
