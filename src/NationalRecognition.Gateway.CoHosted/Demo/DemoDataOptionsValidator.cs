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

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
