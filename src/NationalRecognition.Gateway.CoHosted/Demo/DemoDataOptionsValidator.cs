using Microsoft.Extensions.Options;

namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>Fails fast at start-up with a message naming the setting to fix.</summary>
internal sealed class DemoDataOptionsValidator : IValidateOptions<DemoDataOptions>
{
    private const string Prefix = DemoDataOptions.SectionName + ":";

    public ValidateOptionsResult Validate(string? name, DemoDataOptions options)
    {
        var failures = new List<string>();
        if (options.ClusterWaitTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Prefix}ClusterWaitTimeout must be positive.");
        }

        if (options.RetryDelay <= TimeSpan.Zero)
        {
            failures.Add($"{Prefix}RetryDelay must be positive.");
        }

        if (options.SyntheticApplications is < 0 or > DemoDataOptions.MaxSyntheticApplications)
        {
            failures.Add($"{Prefix}SyntheticApplications must be from 0 to {DemoDataOptions.MaxSyntheticApplications}.");
        }

        if (options.SyntheticMonths is < 1 or > 60)
        {
            failures.Add($"{Prefix}SyntheticMonths must be from 1 to 60.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
