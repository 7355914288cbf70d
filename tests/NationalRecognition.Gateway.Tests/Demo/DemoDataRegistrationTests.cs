using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NationalRecognition.Gateway.CoHosted.Demo;

namespace NationalRecognition.Gateway.Tests.Demo;

/// <summary>AddDemoData binds "Recognition:Demo", validates it and registers the seeder as a hosted service.</summary>
public sealed class DemoDataRegistrationTests
{
    [Fact]
    public void Demo_data_is_off_unless_configured()
    {
        using var services = Build([]);

        Assert.False(services.GetRequiredService<IOptions<DemoDataOptions>>().Value.Enabled);
    }

    [Fact]
    public void Settings_are_read_from_the_Recognition_Demo_section()
    {
        using var services = Build(new()
        {
            ["Recognition:Demo:Enabled"] = "true",
            ["Recognition:Demo:ClusterWaitTimeout"] = "00:00:30",
        });
        var options = services.GetRequiredService<IOptions<DemoDataOptions>>().Value;

        Assert.Equal((true, TimeSpan.FromSeconds(30)), (options.Enabled, options.ClusterWaitTimeout));
    }

    [Fact]
    public void A_non_positive_retry_delay_is_refused_naming_the_setting()
    {
        using var services = Build(new() { ["Recognition:Demo:RetryDelay"] = "00:00:00" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DemoDataOptions>>().Value);
        Assert.Contains("Recognition:Demo:RetryDelay must be positive.", failure.Failures);
    }

    [Fact]
    public void The_seeder_is_a_hosted_service()
    {
        var collection = new ServiceCollection();
        collection.AddDemoData(new ConfigurationBuilder().Build());

        Assert.Contains(collection, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(DemoDataSeeder));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddDemoData(configuration).BuildServiceProvider();
    }
}
