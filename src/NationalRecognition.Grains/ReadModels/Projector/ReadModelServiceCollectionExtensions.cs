using Microsoft.Extensions.DependencyInjection;

namespace NationalRecognition.Grains.ReadModels.Projector;

public static class ReadModelServiceCollectionExtensions
{
    /// <summary>
    /// Registers a read model: its projection, its store (one instance, from <paramref name="store"/> or the container),
    /// every query interface the store implements (what the read model's grains ask), and the <see cref="ReadModel"/> the
    /// projector runs. The projection is also an <see cref="IProjection"/>, so its name is known without a store.
    /// </summary>
    public static IServiceCollection AddReadModel<TProjection, TStore>(this IServiceCollection services, Func<IServiceProvider, TStore>? store = null)
        where TProjection : class, IProjection
        where TStore : class, IReadModelStore
    {
        services.AddSingleton<TProjection>();
        services.AddSingleton<IProjection>(sp => sp.GetRequiredService<TProjection>());
        if (store is null)
        {
            services.AddSingleton<TStore>();
        }
        else
        {
            services.AddSingleton(store);
        }

        foreach (var queries in typeof(TStore).GetInterfaces().Where(i => i != typeof(IReadModelStore)))
        {
            services.AddSingleton(queries, sp => sp.GetRequiredService<TStore>());
        }

        services.AddSingleton(sp => new ReadModel(sp.GetRequiredService<TProjection>(), sp.GetRequiredService<TStore>()));
        return services;
    }
}
