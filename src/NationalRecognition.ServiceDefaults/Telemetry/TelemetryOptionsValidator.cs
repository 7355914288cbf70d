using Microsoft.Extensions.Options;

namespace NationalRecognition.ServiceDefaults.Telemetry;

/// <summary>Refuses, at start-up, a sampling ratio outside 0..1 and an OTLP address that is not absolute http(s).</summary>
public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var failures = new List<string>();
        if (options.SamplingRatio is < 0 or > 1 || double.IsNaN(options.SamplingRatio))
        {
            failures.Add($"{TelemetryOptions.SectionName}:SamplingRatio must be between 0 and 1 (it is {options.SamplingRatio}).");
        }

        if (options.OtlpEndpoint is { } endpoint && (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https")))
        {
            failures.Add($"{TelemetryOptions.SectionName}:OtlpEndpoint must be an absolute http(s) address, e.g. http://collector:4317.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The same check for hosts that bind the options themselves (the importer).</summary>
    public static void ThrowIfInvalid(TelemetryOptions options)
    {
        var result = new TelemetryOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TelemetryOptions), result.Failures);
        }
    }
}
