using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Grains.ReadModels.Audit;
using NationalRecognition.Grains.ReadModels.Listings;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.ReadModels.RoleHolders;
using NationalRecognition.Grains.ReadModels.Statistics;
using NationalRecognition.Hosting.LocalMode.ReadModels.Audit;
using NationalRecognition.Hosting.LocalMode.ReadModels.Listings;
using NationalRecognition.Hosting.LocalMode.ReadModels.RoleHolders;
using NationalRecognition.Hosting.LocalMode.ReadModels.Statistics;

namespace NationalRecognition.Hosting.LocalMode.ReadModels;

/// <summary>
/// The read models of local mode, in memory beside the cluster's <see cref="InMemoryEventLog"/>: the same list as
/// PostgreSQL's (<c>PostgreSqlReadModels</c>), one line per read model.
/// </summary>
public static class InMemoryReadModels
{
    /// <summary>Registers <paramref name="log"/> as the projector's store and every read model's rows beside it.</summary>
    public static IServiceCollection AddInMemoryReadModels(this IServiceCollection services, Func<IServiceProvider, InMemoryEventLog> log)
    {
        services.AddSingleton<IProjectorStore>(log);
        return services
            .AddReadModel<ListingProjection, InMemoryListingStore>(sp => InMemoryListingStore.Of(log(sp)))
            .AddReadModel<AuditProjection, InMemoryAuditStore>(sp => InMemoryAuditStore.Of(log(sp)))
            .AddReadModel<StatisticsProjection, InMemoryStatisticsStore>(sp => InMemoryStatisticsStore.Of(log(sp)))
            .AddReadModel<RoleHolderProjection, InMemoryRoleHolderStore>(sp => InMemoryRoleHolderStore.Of(log(sp)));
    }
}
