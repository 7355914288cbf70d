using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NationalRecognition.Hosting;
using Orleans.Hosting;

namespace NationalRecognition.Silo;

/// <summary>
/// Builds the silo host: .NET configuration (appsettings, env vars, command line) → <c>UseRecognitionCluster</c>, plus
/// Orleans' Kubernetes hosting when <see cref="RecognitionClusterOptions.KubernetesHosting"/> is on.
/// </summary>
public static class RecognitionSiloHost
{
    /// <summary>
    /// A host builder for one silo. <paramref name="args"/> are ordinary configuration arguments
    /// (e.g. <c>--Recognition:SiloPort=11112</c>); <paramref name="overrides"/> win over every other source.
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(args);
        if (overrides is { Count: > 0 })
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        // Retry warnings flood the log each time a silo dies; the membership log lines say enough.
        builder.Logging.AddFilter("Polly", LogLevel.Error);
        var options = builder.Configuration.GetSection(RecognitionClusterOptions.SectionName).Get<RecognitionClusterOptions>()
            ?? new RecognitionClusterOptions();
        builder.UseOrleans(silo =>
        {
            silo.UseRecognitionCluster(options);
            if (options.KubernetesHosting)
            {
                // After UseRecognitionCluster, so that ORLEANS_CLUSTER_ID/ORLEANS_SERVICE_ID (the pod's labels) win.
                silo.UseKubernetesHosting();
            }
        });
        return builder;
    }
}
