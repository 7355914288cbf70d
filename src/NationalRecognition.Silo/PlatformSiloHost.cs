using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NationalRecognition.Hosting.Health;
using NationalRecognition.Hosting.Operations;
using NationalRecognition.ServiceDefaults.Cluster;
using NationalRecognition.ServiceDefaults.Health;
using NationalRecognition.ServiceDefaults.Operations;

namespace NationalRecognition.Silo;

/// <summary>
/// Builds the silo host: .NET configuration (appsettings, env vars, command line) → <c>UsePlatformCluster</c> (plus
/// Orleans' Kubernetes hosting when <see cref="PlatformClusterOptions.KubernetesHosting"/> is on), the shared
/// telemetry, graceful shutdown, and a small HTTP endpoint (<see cref="SiloHttpOptions"/>) for probes and metrics.
/// </summary>
public static class PlatformSiloHost
{
    /// <summary>The OpenTelemetry service name of silos.</summary>
    public const string ServiceName = "recognition-silo";

    /// <summary>
    /// A host builder for one silo. <paramref name="args"/> are ordinary configuration arguments
    /// (e.g. <c>--Recognition:SiloPort=11112</c>); <paramref name="overrides"/> win over every other source.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args });
        if (overrides is { Count: > 0 })
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        // Retry warnings flood the log each time a silo dies; the membership log lines say enough.
        builder.Logging.AddFilter("Polly", LogLevel.Error);
        builder.Services.AddPersonalDataRedaction();
        builder.AddPlatformWebTelemetry(ServiceName);
        builder.AddPlatformShutdown();

        var cluster = builder.Configuration.GetSection(PlatformClusterOptions.SectionName).Get<PlatformClusterOptions>()
            ?? new PlatformClusterOptions();
        builder.UseOrleans(silo =>
        {
            silo.UsePlatformCluster(builder.Configuration);
            if (cluster.KubernetesHosting)
            {
                // After UsePlatformCluster, so that ORLEANS_CLUSTER_ID/ORLEANS_SERVICE_ID (the pod's labels) win.
                silo.UseKubernetesHosting();
            }
        });
        builder.Services.AddPlatformHealthChecks().AddSiloHealthChecks(cluster);

        var http = builder.Configuration.GetSection(SiloHttpOptions.SectionName).Get<SiloHttpOptions>() ?? new SiloHttpOptions();
        builder.WebHost.UseUrls(http.UrlFor(cluster.Mode));
        return builder;
    }

    /// <summary>The silo host with its probe and metrics endpoints mapped.</summary>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var app = CreateBuilder(args, overrides).Build();
        app.UseNoSniff();
        app.MapPlatformHealthChecks();
        app.MapPlatformMetrics(app.Configuration);
        return app;
    }
}
