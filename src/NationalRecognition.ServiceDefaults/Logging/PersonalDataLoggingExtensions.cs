using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NationalRecognition.ServiceDefaults.Logging;

namespace Microsoft.Extensions.DependencyInjection;

public static class PersonalDataLoggingExtensions
{
    /// <summary>
    /// Makes every logger provider of the host (console, debug, OpenTelemetry, whatever is registered, before or
    /// after this call) write through an IIN-masking wrapper. The logger factory is replaced by one built from the
    /// wrapped providers.
    /// </summary>
    /// <remarks>
    /// Per-provider filter rules ("Logging:Console:LogLevel") no longer match, because the factory sees the
    /// wrapper type; the general rules ("Logging:LogLevel") still apply.
    /// </remarks>
    public static IServiceCollection AddPersonalDataRedaction(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(provider => new LoggerFactory(
            provider.GetServices<ILoggerProvider>().Select(p => new RedactingLoggerProvider(p)),
            provider.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            provider.GetService<IOptions<LoggerFactoryOptions>>(),
            provider.GetService<IExternalScopeProvider>())));
        return services;
    }
}
