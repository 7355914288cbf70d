using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Grains.Privacy;

namespace NationalRecognition.Persistence.Privacy;

/// <summary>Registers the read records and data keys on PostgreSQL, over the <see cref="Npgsql.NpgsqlDataSource"/> in the container.</summary>
public static class PostgreSqlPrivacyStores
{
    public static IServiceCollection AddPostgreSqlPrivacyStores(this IServiceCollection services) =>
        services
            .AddSingleton<IPersonalDataReadStore, PostgreSqlPersonalDataReadStore>()
            .AddSingleton<ILearnerKeyStore, PostgreSqlLearnerKeyStore>();
}
