using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NationalRecognition.ServiceDefaults.Telemetry;

/// <summary>
/// The one telemetry set-up of every process: the platform's own sources and meters, GraphQL.NET, Orleans' grain
/// calls and meter, HttpClient and the .NET runtime; logs carry the trace and span ids; OTLP when
/// <see cref="TelemetryOptions.OtlpEndpoint"/> is set. The web hosts add ASP.NET Core and the scrape endpoint on top;
/// the processes that talk to PostgreSQL (a silo) add Npgsql's spans and metrics themselves, so that a process without
/// Npgsql carries no trace of it (ADR 0011).
/// </summary>
public static class PlatformTelemetry
{
    /// <summary>
    /// Registers <see cref="TelemetryOptions"/> (section "Telemetry") and, unless disabled, the tracer, meter and
    /// logger providers. Returns the builder for host-specific additions, or null when telemetry is off.
    /// </summary>
    public static OpenTelemetryBuilder? AddPlatformTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = Bind(builder.Configuration);
        builder.Services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();

        // Every log line written inside a span carries its trace and span ids (console scopes and OTLP logs alike).
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (!options.Enabled)
        {
            return null;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => Describe(resource, options, serviceName))
            .WithTracing(tracing => ConfigureTracing(tracing, options))
            .WithMetrics(ConfigureMetrics)
            .WithLogging(configureBuilder: null, configureOptions: logging =>
            {
                logging.IncludeScopes = true;
                logging.IncludeFormattedMessage = true;
            });
        if (options.OtlpEndpoint is { } endpoint)
        {
            telemetry.UseOtlpExporter(Protocol(options.OtlpProtocol), endpoint);
        }

        return telemetry;
    }

    /// <summary>
    /// For a tool without a host (the importer): tracing and metrics pushed over OTLP while the returned object lives,
    /// or null when no OTLP endpoint is configured (a tool has nothing to be scraped).
    /// </summary>
    public static IDisposable? StartForTool(IConfiguration configuration, string serviceName, params string[] extraSources)
    {
        var options = Bind(configuration);
        if (!options.Enabled || options.OtlpEndpoint is not { } endpoint)
        {
            return null;
        }

        var protocol = Protocol(options.OtlpProtocol);
        var tracing = Sdk.CreateTracerProviderBuilder()
            .ConfigureResource(resource => Describe(resource, options, serviceName))
            .AddSource(extraSources);
        ConfigureTracing(tracing, options);
        var metrics = Sdk.CreateMeterProviderBuilder()
            .ConfigureResource(resource => Describe(resource, options, serviceName));
        ConfigureMetrics(metrics);
        return new ToolProviders(
            tracing.AddOtlpExporter(otlp => Target(otlp, protocol, endpoint, "v1/traces")).Build(),
            metrics.AddOtlpExporter(otlp => Target(otlp, protocol, endpoint, "v1/metrics")).Build());
    }

    /// <summary>The sources, sampler and privacy filter every process uses.</summary>
    public static TracerProviderBuilder ConfigureTracing(TracerProviderBuilder tracing, TelemetryOptions options)
    {
        ArgumentNullException.ThrowIfNull(tracing);
        ArgumentNullException.ThrowIfNull(options);
        return tracing
            .SetSampler(new BackgroundRootSampler(options.SamplingRatio))
            .AddSource(TelemetryNames.Platform, TelemetryNames.Platform + ".*", TelemetryNames.GraphQL,
                TelemetryNames.OrleansApplication, TelemetryNames.OrleansRuntime)
            .AddHttpClientInstrumentation()
            .AddProcessor(new PersonalDataSpanFilter());
    }

    /// <summary>The meters every process exports.</summary>
    public static void ConfigureMetrics(MeterProviderBuilder metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        metrics
            .AddMeter(TelemetryNames.Platform, TelemetryNames.Platform + ".*", TelemetryNames.OrleansMeter)
            .AddRuntimeInstrumentation()
            .AddHttpClientInstrumentation();
    }

    private static TelemetryOptions Bind(IConfiguration configuration)
    {
        var options = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        TelemetryOptionsValidator.ThrowIfInvalid(options);
        return options;
    }

    private static void Describe(ResourceBuilder resource, TelemetryOptions options, string serviceName) =>
        resource.AddService(
            serviceName: string.IsNullOrWhiteSpace(options.ServiceName) ? serviceName : options.ServiceName,
            serviceNamespace: "national-recognition",
            serviceVersion: typeof(PlatformTelemetry).Assembly.GetName().Version?.ToString(),
            serviceInstanceId: $"{Environment.MachineName}-{Environment.ProcessId}");

    private static OtlpExportProtocol Protocol(OtlpTransport transport) =>
        transport == OtlpTransport.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;

    private static void Target(OtlpExporterOptions otlp, OtlpExportProtocol protocol, Uri endpoint, string httpPath)
    {
        otlp.Protocol = protocol;
        otlp.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(endpoint, httpPath) : endpoint;
    }

    private sealed class ToolProviders(TracerProvider tracing, MeterProvider metrics) : IDisposable
    {
        public void Dispose()
        {
            tracing.Dispose();
            metrics.Dispose();
        }
    }
}
