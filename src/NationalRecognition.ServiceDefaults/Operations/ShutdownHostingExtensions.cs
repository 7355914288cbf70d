using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace NationalRecognition.ServiceDefaults.Operations;

public static class ShutdownHostingExtensions
{
    /// <summary>Binds <see cref="ShutdownOptions"/> and applies them: the host's shutdown timeout and the drain delay.</summary>
    public static IHostApplicationBuilder AddPlatformShutdown(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(ShutdownOptions.SectionName);
        builder.Services.AddOptions<ShutdownOptions>().Bind(section)
            .Validate(o => o.Timeout > TimeSpan.Zero && o.DrainDelay >= TimeSpan.Zero && o.DrainDelay < o.Timeout,
                "Shutdown:Timeout must be positive and longer than Shutdown:DrainDelay.")
            .ValidateOnStart();
        var timeout = (section.Get<ShutdownOptions>() ?? new ShutdownOptions()).Timeout;
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = timeout);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHostedService<DrainDelay>();
        return builder;
    }
}
