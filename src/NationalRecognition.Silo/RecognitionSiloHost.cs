using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Hosting;

namespace NationalRecognition.Silo;

/// <summary>Builds the silo host: .NET configuration (appsettings, env vars, command line) → <c>UseRecognitionCluster</c>.</summary>
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
        builder.UseOrleans(silo => silo.UseRecognitionCluster(builder.Configuration));
        return builder;
    }
}
