using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Grains.ReadModels.Audit;
using NationalRecognition.Grains.ReadModels.Listings;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.ReadModels.RoleHolders;
using NationalRecognition.Grains.ReadModels.Statistics;
using NationalRecognition.Persistence.ReadModels.Audit;
using NationalRecognition.Persistence.ReadModels.Listings;
using NationalRecognition.Persistence.ReadModels.Projector;
using NationalRecognition.Persistence.ReadModels.RoleHolders;
using NationalRecognition.Persistence.ReadModels.Statistics;

namespace NationalRecognition.Persistence.ReadModels;

/// <summary>
/// The read models on PostgreSQL, in one list: the silos' projector and the <c>Silo projections</c> command both take it
/// from here. A new read model is one line here (and its line in local mode's list).
/// </summary>
public static class PostgreSqlReadModels
{
    /// <summary>Registers the projector's store and every read model over the <see cref="Npgsql.NpgsqlDataSource"/> in the container.</summary>
    public static IServiceCollection AddPostgreSqlReadModels(this IServiceCollection services)
    {
        services.AddSingleton<PostgreSqlProjectorStore>();
        services.AddSingleton<IProjectorStore>(sp => sp.GetRequiredService<PostgreSqlProjectorStore>());
        return services
            .AddReadModel<ListingProjection, PostgreSqlListingStore>()
            .AddReadModel<AuditProjection, PostgreSqlAuditStore>()
            .AddReadModel<StatisticsProjection, PostgreSqlStatisticsStore>()
            .AddReadModel<RoleHolderProjection, PostgreSqlRoleHolderStore>();
    }
}
