using System.Data.Common;
using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Hosting;
using NationalRecognition.Hosting.Diagnostics;
using NationalRecognition.Hosting.LocalMode;
using NationalRecognition.Hosting.LocalMode.Privacy;
using NationalRecognition.Hosting.LocalMode.ReadModels;
using NationalRecognition.Persistence.EventLog;
using NationalRecognition.Persistence.Privacy;
using NationalRecognition.Persistence.ReadModels;
using NationalRecognition.ServiceDefaults.Cluster;
using Npgsql;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace Orleans.Hosting;

/// <summary>One way to configure a National Recognition silo, shared by the silo host, the gateway and tests.</summary>
public static class PlatformSiloBuilderExtensions
{
    /// <summary>The ADO.NET invariant name of Npgsql, by which the Orleans ADO.NET providers load it.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>Binds <see cref="PlatformClusterOptions"/> from the "Recognition" section and configures the silo.</summary>
    public static ISiloBuilder UsePlatformCluster(this ISiloBuilder builder, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(PlatformClusterOptions.SectionName).Get<PlatformClusterOptions>()
            ?? new PlatformClusterOptions();
        return builder.UsePlatformCluster(options);
    }

    /// <summary>
    /// Configures cluster identity, endpoints, clustering, grain storage (<see cref="StorageNames.Recognition"/>),
    /// reminders and failure detection for the chosen <see cref="ClusterMode"/>, with the mode's defaults for
    /// whatever is unset (<see cref="PlatformClusterDefaults"/>). The silo refuses to start when its silo or
    /// gateway port is taken (<see cref="PortInUseException"/>), and answers transient PostgreSQL failures of grain
    /// calls and of grain activations (their state reads) with <see cref="StorageUnavailableException"/>.
    /// </summary>
    public static ISiloBuilder UsePlatformCluster(this ISiloBuilder builder, PlatformClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        PlatformClusterOptionsValidator.ThrowIfInvalidForSilo(options);
        options = PlatformClusterDefaults.ForSilo(options);
        var siloPort = options.SiloPort!.Value;
        var gatewayPort = options.GatewayPort!.Value;

        if (options.Mode == ClusterMode.Local)
        {
            builder.UseLocalhostClustering(siloPort, gatewayPort, null, options.ServiceId, options.ClusterId!);
        }
        else
        {
            builder.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = options.ClusterId!;
                cluster.ServiceId = options.ServiceId;
            });
            if (options.KubernetesHosting)
            {
                // Orleans' Kubernetes hosting fills in what is left unset here: the pod's IP as the advertised
                // address, and listeners on every interface.
                builder.Configure<EndpointOptions>(endpoints =>
                {
                    endpoints.SiloPort = siloPort;
                    endpoints.GatewayPort = gatewayPort;
                    if (!string.IsNullOrEmpty(options.AdvertisedAddress))
                    {
                        endpoints.AdvertisedIPAddress = IPAddress.Parse(options.AdvertisedAddress);
                    }
                });
            }
            else
            {
                var address = string.IsNullOrEmpty(options.AdvertisedAddress) ? IPAddress.Loopback : IPAddress.Parse(options.AdvertisedAddress);
                builder.ConfigureEndpoints(address, siloPort, gatewayPort, options.ListenOnAnyHostAddress);
            }
        }

        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, ListeningPortCheck>();
        return builder.UsePlatformProviders(options);
    }

    /// <summary>
    /// The event log's connections: no session state is ever set on them, so a pooled one need not be reset
    /// (<c>DISCARD ALL</c>) on reuse, which also keeps its prepared statements; the few statements of the write path
    /// and the projector are prepared once per connection (PostgreSQL then skips parsing and planning them), unless
    /// the connection string says otherwise.
    /// </summary>
    public static string EventLogConnectionString(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.Keys.Cast<string>().Any(key => key.Replace(" ", string.Empty, StringComparison.Ordinal)
                .Equals(nameof(settings.MaxAutoPrepare), StringComparison.OrdinalIgnoreCase)))
        {
            settings.MaxAutoPrepare = 32;
            settings.AutoPrepareMinUsages = 2;
        }

        return settings.ConnectionString;
    }

    /// <summary>
    /// The event log's data source (<see cref="EventLogConnectionString"/>). Its commands are spans only inside a trace
    /// (a request, a projector batch): an idle projector's polls would otherwise be a trace each.
    /// </summary>
    public static NpgsqlDataSource EventLogDataSource(string connectionString) =>
        new NpgsqlDataSourceBuilder(EventLogConnectionString(connectionString))
            .ConfigureTracing(tracing => tracing
                .ConfigureCommandFilter(_ => Activity.Current is not null)
                .EnableFirstResponseEvent(false))
            .Build();

    /// <summary>
    /// Configures only the providers (PostgreSQL clustering, grain storage, reminders, schema at start-up) and
    /// failure detection, leaving cluster identity and endpoints to the caller — for hosts such as
    /// <c>TestCluster</c> that assign those themselves. In local mode no clustering is configured here.
    /// </summary>
    public static ISiloBuilder UsePlatformProviders(this ISiloBuilder builder, PlatformClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        PlatformClusterOptionsValidator.ThrowIfInvalidForSilo(options);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<IOptions<PlatformClusterOptions>>(Options.Create(options));
        builder.ConfigurePlatformLiveness(options.Liveness);

        // Orleans' watchdog warns of a "deadlock" at start-up that measures from the machine's boot; real stalls still warn.
        builder.Services.AddWatchdogStartReadingFilter();

        // Each grain call is a span in the caller's trace (ADR 0010); the dashboard's grains run on every silo.
        builder.AddActivityPropagation();
        if (options.OperatorDashboard)
        {
            builder.AddDashboard(dashboard => dashboard.HideTrace = true);
        }

        // Outermost, so that whatever storage failure a grain call ends in reaches the client as "retry".
        builder.AddIncomingGrainCallFilter<TransientStorageFailureFilter>();
        builder.AddRecognitionWorkflow();

        if (options.Mode == ClusterMode.Local)
        {
            // The same grain storage and projector as in PostgreSQL mode, over an event log kept in memory.
            builder.AddPlatformEventLog(LocalEventLog);
            ReportTransientStorageFailures(builder.Services);
            builder.Services.AddInMemoryReadModels(LocalEventLog);
            builder.Services.AddInMemoryPrivacyStores(LocalEventLog);
            builder.UseInMemoryReminderService();
            return builder;
        }

        var connectionString = options.ConnectionString!;

        // Runs before RuntimeInitialize, so the ADO.NET providers below always find their queries.
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services =>
            new DatabaseSchemaStartup(options, services.GetRequiredService<ILoggerFactory>()));

        builder.UseAdoNetClustering(clustering =>
        {
            clustering.Invariant = NpgsqlInvariant;
            clustering.ConnectionString = connectionString;
        });

        // Grain state and the event log in one transaction per command (ADR 0005), serialized with Orleans' own
        // [Id]-based serializer (ADR 0002); the projector runs in every silo, one batch holder at a time.
        builder.Services.AddSingleton(_ => EventLogDataSource(connectionString));
        builder.Services.AddNpgsqlTelemetry();
        builder.AddPlatformEventLog(services => new PostgreSqlEventStore(services.GetRequiredService<NpgsqlDataSource>(), options.ServiceId));
        ReportTransientStorageFailures(builder.Services);
        builder.Services.AddPostgreSqlReadModels();
        builder.Services.AddPostgreSqlPrivacyStores();

        builder.UseAdoNetReminderService(reminders =>
        {
            reminders.Invariant = NpgsqlInvariant;
            reminders.ConnectionString = connectionString;
        });

        return builder;
    }

    /// <summary>
    /// Wraps the grain storage in <see cref="TransientFailureGrainStorage"/>: a state read that fails while a grain
    /// activates is answered by Orleans before any grain-call filter runs, so it is translated where it happens.
    /// </summary>
    private static void ReportTransientStorageFailures(IServiceCollection services)
    {
        var storage = services.Last(d => d.ServiceType == typeof(Orleans.Storage.IGrainStorage) && Equals(d.ServiceKey, StorageNames.Recognition));
        var create = storage.KeyedImplementationFactory
            ?? throw new InvalidOperationException("The recognition grain storage is registered without a factory.");
        services.Remove(storage);
        services.AddKeyedSingleton<Orleans.Storage.IGrainStorage>(StorageNames.Recognition, (sp, key) =>
            new TransientFailureGrainStorage((Orleans.Storage.IGrainStorage)create(sp, key)));
    }

    /// <summary>This in-process cluster's in-memory log: the event store and the projector's checkpoints, with the read models beside it.</summary>
    private static InMemoryEventLog LocalEventLog(IServiceProvider services) =>
        InMemoryEventLogs.For(services.GetRequiredService<IOptions<ClusterOptions>>().Value, services.GetRequiredService<TimeProvider>());

    /// <summary>Applies the failure-detection and timeout overrides that are set.</summary>
    public static ISiloBuilder ConfigurePlatformLiveness(this ISiloBuilder builder, PlatformLivenessOptions liveness)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(liveness);

        builder.Configure<ClusterMembershipOptions>(membership =>
        {
            membership.ProbeTimeout = liveness.ProbeTimeout ?? membership.ProbeTimeout;
            membership.NumMissedProbesLimit = liveness.NumMissedProbesLimit ?? membership.NumMissedProbesLimit;
            membership.NumVotesForDeathDeclaration = liveness.NumVotesForDeathDeclaration ?? membership.NumVotesForDeathDeclaration;
            membership.TableRefreshTimeout = liveness.TableRefreshTimeout ?? membership.TableRefreshTimeout;
            membership.IAmAliveTablePublishTimeout = liveness.IAmAliveTablePublishTimeout ?? membership.IAmAliveTablePublishTimeout;
        });

        if (liveness.ResponseTimeout is { } responseTimeout)
        {
            builder.Configure<SiloMessagingOptions>(messaging => messaging.ResponseTimeout = responseTimeout);
        }

        return builder;
    }
}
