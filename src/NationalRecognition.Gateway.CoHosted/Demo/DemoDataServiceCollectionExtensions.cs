using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace NationalRecognition.Gateway.CoHosted.Demo;

public static class DemoDataServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="DemoDataOptions"/> from "Recognition:Demo" and registers <see cref="DemoDataSeeder"/>, which
    /// seeds only when <see cref="DemoDataOptions.Enabled"/> is true. Needs an <see cref="IGrainFactory"/> (a co-hosted
    /// silo or an Orleans client); the seeder waits for the cluster, so registration order does not matter.
    /// </summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DemoDataOptions>()
            .Bind(configuration.GetSection(DemoDataOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DemoDataOptions>, DemoDataOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<DemoDataSeeder>();
        return services;
    }
}
