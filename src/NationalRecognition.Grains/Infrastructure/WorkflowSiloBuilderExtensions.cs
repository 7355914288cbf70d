using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NationalRecognition.Contracts;
using NationalRecognition.Domain.RuleVersions;
using NationalRecognition.Grains.Audit;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Exchange;
using NationalRecognition.Grains.Infrastructure;
using NationalRecognition.Grains.Projections;
using NationalRecognition.Grains.Statistics;
using Orleans.Serialization;
using Orleans.Storage;

namespace Orleans.Hosting;

public static class WorkflowSiloBuilderExtensions
{
    /// <summary>
    /// Registers what the recognition workflow's grains need: time, rule versions, the error filter and the
    /// audit filter (inside the error filter, so it sees the domain's refusal codes).
    /// </summary>
    public static ISiloBuilder AddRecognitionWorkflow(this ISiloBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(_ => RuleVersionCatalogue.LoadDefault());
        builder.Services.AddOptions<CertificateFeedOptions>().BindConfiguration(CertificateFeedOptions.SectionName)
            .Validate(o => o.MaxParallelRecords >= 1, "CertificateFeed:MaxParallelRecords must be at least 1.");
        builder.AddIncomingGrainCallFilter<DomainExceptionFilter>();
        builder.AddIncomingGrainCallFilter<AuditCallFilter>();
        return builder;
    }

    /// <summary>
    /// Puts grain state (<see cref="StorageNames.Recognition"/>) and the event log in <paramref name="events"/>, the
    /// read models in <paramref name="readModels"/> — PostgreSQL, or memory in local mode — and runs the projector in
    /// this silo.
    /// </summary>
    public static ISiloBuilder AddRecognitionEventLog<TReadModels>(
        this ISiloBuilder builder, Func<IServiceProvider, IEventStore> events, Func<IServiceProvider, TReadModels> readModels)
        where TReadModels : class, IReadModelStore, IListingQueries, IAuditQueries, IStatisticsStore
    {
        var services = builder.Services;
        services.AddSingleton(events);
        services.AddSingleton(readModels);
        services.AddSingleton<IReadModelStore>(sp => sp.GetRequiredService<TReadModels>());
        services.AddSingleton<IListingQueries>(sp => sp.GetRequiredService<TReadModels>());
        services.AddSingleton<IAuditQueries>(sp => sp.GetRequiredService<TReadModels>());
        services.AddSingleton<IStatisticsStore>(sp => sp.GetRequiredService<TReadModels>());
        services.TryAddSingleton<LogWriteSignal>();
        services.AddSingleton<IProjection, ListingProjection>();
        services.AddSingleton<IProjection, AuditProjection>();
        services.AddSingleton<IProjection, StatisticsProjection>();
        services.AddOptions<ProjectorOptions>().BindConfiguration(ProjectorOptions.SectionName);
        services.AddSingleton<ProjectorService>();
        services.AddHostedService(sp => sp.GetRequiredService<ProjectorService>());
        services.AddKeyedSingleton<IGrainStorage>(StorageNames.Recognition, (sp, _) => new RecognitionGrainStorage(
            sp.GetRequiredService<IEventStore>(),
            new OrleansGrainStorageSerializer(sp.GetRequiredService<Serializer>()),
            sp.GetRequiredService<LogWriteSignal>()));
        return builder;
    }
}
