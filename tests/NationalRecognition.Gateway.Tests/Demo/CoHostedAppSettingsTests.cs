using Microsoft.Extensions.Configuration;
using NationalRecognition.Gateway.CoHosted.Demo;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.ServiceDefaults.Cluster;

namespace NationalRecognition.Gateway.Tests.Demo;

/// <summary>The co-hosted gateway's appsettings.json shows the defaults the code has: it changes no behaviour.</summary>
public sealed class CoHostedAppSettingsTests
{
    private static readonly IConfiguration Settings = new ConfigurationBuilder()
        .AddJsonFile(RepositoryPaths.File("src", "NationalRecognition.Gateway.CoHosted", "appsettings.json"))
        .Build();

    [Fact]
    public void The_demo_settings_are_the_code_s_defaults_with_demo_data_on_as_local_mode_has_it()
    {
        var shown = Settings.GetSection(DemoDataOptions.SectionName).Get<DemoDataOptions>()!;
        var defaults = new DemoDataOptions();

        Assert.Equal(
            (true, defaults.ClusterWaitTimeout, defaults.RetryDelay, defaults.SyntheticApplications, defaults.SyntheticMonths),
            (shown.Enabled, shown.ClusterWaitTimeout, shown.RetryDelay, shown.SyntheticApplications, shown.SyntheticMonths));
    }

    [Fact]
    public void The_mode_is_the_code_s_default() =>
        Assert.Equal(new PlatformClusterOptions().Mode, Settings.GetSection(PlatformClusterOptions.SectionName).Get<PlatformClusterOptions>()!.Mode);
}
