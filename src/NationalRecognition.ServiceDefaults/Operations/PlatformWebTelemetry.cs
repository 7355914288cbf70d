using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using NationalRecognition.ServiceDefaults.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace NationalRecognition.ServiceDefaults.Operations;

/// <summary>The telemetry of the processes that serve HTTP (gateway, silo): the shared set-up, ASP.NET Core, and <c>/metrics</c>.</summary>
public static class PlatformWebTelemetry
{
    /// <summary>Where Prometheus scrapes the metrics.</summary>
    public const string MetricsPath = "/metrics";

    /// <summary>
    /// <see cref="PlatformTelemetry.AddPlatformTelemetry"/> plus ASP.NET Core's server spans and meters. Probes and
    /// scrapes are not traced (they would be most of the traces); a span carries the route, never the query string.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformWebTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        var telemetry = builder.AddPlatformTelemetry(serviceName);
        if (telemetry is null)
        {
            return builder;
        }

        telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(aspNetCore =>
        {
            aspNetCore.Filter = context => !IsOperational(context.Request.Path);
            aspNetCore.RecordException = false;
        }));
        telemetry.WithMetrics(metrics =>
        {
            metrics.AddAspNetCoreInstrumentation();
            if (Options(builder.Configuration).Prometheus)
            {
                metrics.AddPrometheusExporter();
            }
        });
        return builder;
    }

    /// <summary>Maps <see cref="MetricsPath"/> when telemetry and the Prometheus exporter are on.</summary>
    public static IEndpointRouteBuilder MapPlatformMetrics(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        endpoints.MapPlatformMetricsEndpoint(configuration);
        return endpoints;
    }

    /// <summary>Maps <see cref="MetricsPath"/> as <see cref="MapPlatformMetrics"/> does; the endpoint, to add authorization to (null: not mapped).</summary>
    public static IEndpointConventionBuilder? MapPlatformMetricsEndpoint(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        var options = Options(configuration);
        return options.Enabled && options.Prometheus ? endpoints.MapPrometheusScrapingEndpoint(MetricsPath) : null;
    }

    private static bool IsOperational(PathString path) =>
        path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    private static TelemetryOptions Options(IConfiguration configuration) =>
        configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
}
