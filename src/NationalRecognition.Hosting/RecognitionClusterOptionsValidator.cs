using System.Net;
using Microsoft.Extensions.Options;

namespace NationalRecognition.Hosting;

/// <summary>Fails fast at start-up with a message naming the setting to fix.</summary>
public sealed class RecognitionClusterOptionsValidator : IValidateOptions<RecognitionClusterOptions>
{
    private const string Prefix = RecognitionClusterOptions.SectionName + ":";

    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, RecognitionClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!Enum.IsDefined(options.Mode))
        {
            failures.Add($"{Prefix}Mode must be Local or PostgreSql.");
        }

        if (options.Mode == ClusterMode.PostgreSql && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{Prefix}ConnectionString isn't configured.");
        }

        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            failures.Add($"{Prefix}ClusterId isn't configured.");
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

        if (options.SiloPort == options.GatewayPort)
        {
            failures.Add($"{Prefix}SiloPort and {Prefix}GatewayPort must differ.");
        }

        if (options.AdvertisedAddress is { Length: > 0 } address && !IPAddress.TryParse(address, out _))
        {
            failures.Add($"{Prefix}AdvertisedAddress '{address}' is not an IP address.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Validates and throws <see cref="OptionsValidationException"/> listing every failure.</summary>
    public static void ThrowIfInvalid(RecognitionClusterOptions options)
    {
        var result = new RecognitionClusterOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(RecognitionClusterOptions), result.Failures);
        }
    }
}
