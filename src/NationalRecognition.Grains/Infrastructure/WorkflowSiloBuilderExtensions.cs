using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NationalRecognition.Contracts;
using NationalRecognition.Domain.RuleVersions;
using NationalRecognition.Grains.Audit;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Exchange;
using NationalRecognition.Grains.Infrastructure;
using NationalRecognition.Grains.Privacy;
using NationalRecognition.Grains.ReadModels.Projector;
using Orleans.Serialization;
using Orleans.Storage;

namespace Orleans.Hosting;

public static class WorkflowSiloBuilderExtensions
{
    /// <summary>
    /// Registers what the recognition workflow's grains need: time, rule versions, the error filter and the
    /// audit filter (inside the error filter, so it sees the domain's refusal codes), and the buffered record of personal
    /// data's reads. The host registers the stores beside the event log: an <see cref="IPersonalDataReadStore"/> and an
    /// <see cref="ILearnerKeyStore"/> (PostgreSQL, or memory in local mode).
    /// </summary>
    public static ISiloBuilder AddRecognitionWorkflow(this ISiloBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(_ => RuleVersionCatalogue.LoadDefault());
        builder.Services.AddOptions<CertificateFeedOptions>().BindConfiguration(CertificateFeedOptions.SectionName)
            .Validate(o => o.MaxParallelRecords >= 1, "CertificateFeed:MaxParallelRecords must be at least 1.");
        builder.Services.AddOptions<PersonalDataReadOptions>().BindConfiguration(PersonalDataReadOptions.SectionName)
            .Validate(o => o.FlushInterval > TimeSpan.Zero && o.MaxBatch >= 1 && o.Capacity >= o.MaxBatch,
                "Privacy:Reads needs a positive FlushInterval, MaxBatch at least 1 and Capacity at least MaxBatch.");
        builder.Services.AddSingleton<BufferedPersonalDataReadLog>();
        builder.Services.AddSingleton<IPersonalDataReadLog>(sp => sp.GetRequiredService<BufferedPersonalDataReadLog>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BufferedPersonalDataReadLog>());
        builder.AddIncomingGrainCallFilter<DomainExceptionFilter>();
        builder.AddIncomingGrainCallFilter<AuditCallFilter>();
        return builder;
    }

    /// <summary>
    /// Puts grain state (<see cref="StorageNames.Recognition"/>) and the event log in <paramref name="events"/>, and runs
    /// the projector in this silo for every read model registered with
    /// <see cref="ReadModelServiceCollectionExtensions.AddReadModel{TProjection, TStore}"/>, over the
    /// <see cref="IProjectorStore"/> registered with them — PostgreSQL, or memory in local mode.
    /// </summary>
    public static ISiloBuilder AddPlatformEventLog(this ISiloBuilder builder, Func<IServiceProvider, IEventStore> events)
    {
        var services = builder.Services;
        services.AddSingleton(events);
        services.TryAddSingleton<LogWriteSignal>();
        services.AddOptions<ProjectorOptions>().BindConfiguration(ProjectorOptions.SectionName);
        services.TryAddSingleton<ProjectionStops>();
        services.AddSingleton<ProjectorService>();
        services.AddHostedService(sp => sp.GetRequiredService<ProjectorService>());
        services.AddKeyedSingleton<IGrainStorage>(StorageNames.Recognition, (sp, _) => new EventLogGrainStorage(
            sp.GetRequiredService<IEventStore>(),
            new OrleansGrainStorageSerializer(sp.GetRequiredService<Serializer>()),
            sp.GetRequiredService<LogWriteSignal>()));
        return builder;
    }
}
