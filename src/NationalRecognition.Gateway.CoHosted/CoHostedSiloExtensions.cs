using NationalRecognition.Gateway.CoHosted.Demo;
using NationalRecognition.Gateway.CoHosted.Errors;
using NationalRecognition.Gateway.OperatorViews;
using NationalRecognition.GraphQLOverHttp.Errors;
using NationalRecognition.Hosting.Health;
using NationalRecognition.ServiceDefaults.Cluster;

namespace NationalRecognition.Gateway.CoHosted;

/// <summary>The silo this gateway hosts, its readiness, and in local mode the demo data.</summary>
public static class CoHostedSiloExtensions
{
    /// <summary>
    /// Local mode (the default, for a newcomer's machine): a silo in this process on free loopback ports with a cluster
    /// id of its own, the in-memory stores, demo data. PostgreSql mode: a silo of the configured cluster in this process
    /// (ADR 0008), which joins through the membership table like any silo and needs its own SiloPort and GatewayPort.
    /// Ready also needs that silo Active (and PostgreSQL reachable in PostgreSql mode).
    /// </summary>
    public static WebApplicationBuilder AddCoHostedSilo(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PlatformClusterOptions.SectionName).Get<PlatformClusterOptions>()
            ?? new PlatformClusterOptions();
        builder.UseOrleans(silo => silo.UsePlatformCluster(options));
        builder.Services.AddHealthChecks().AddSiloHealthChecks(options);
        builder.Services.AddSingleton<IErrorClassifier, StorageFailureClassifier>();

        // The silo's exact business meters are in this process: the public /metrics needs the operator's role.
        builder.Services.AddSingleton<SiloInThisProcess>();

        if (options.Mode == ClusterMode.Local)
        {
            builder.Services.AddHostedService<LocalSiloAnnouncement>();

            // The system clock, except in the demo seeder's calls, which write the demo's history as of its days.
            builder.Services.AddSingleton<TimeProvider>(new DemoClock(TimeProvider.System));

            // A newcomer's all-in-one gateway has something to query at once; any other mode never seeds.
            builder.Configuration[$"{DemoDataOptions.SectionName}:{nameof(DemoDataOptions.Enabled)}"] ??= "true";
            builder.Services.AddDemoData(builder.Configuration);

            // The development sign-in page lists the demo data's people (registered after the gateway's own list: it wins).
            builder.Services.AddSingleton(DemoPeople.Directory);
        }

        return builder;
    }
}
