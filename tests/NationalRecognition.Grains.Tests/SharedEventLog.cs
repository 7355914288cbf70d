using Microsoft.Extensions.DependencyInjection;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.ReadModels.Statistics;
using NationalRecognition.Hosting.LocalMode;
using NationalRecognition.Hosting.LocalMode.ReadModels;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// The in-memory event log every silo of the in-memory test clusters shares (it stands in for the database), its read
/// models (local mode's), and a deterministic way to let them catch up before a test reads them.
/// </summary>
internal static class SharedEventLog
{
    public static InMemoryEventLog Instance { get; } = new();

    private static ServiceProvider ReadModels { get; } = new ServiceCollection().AddInMemoryReadModels(_ => Instance).BuildServiceProvider();

    public static IStatisticsQueries Statistics => ReadModels.GetRequiredService<IStatisticsQueries>();

    /// <summary>Registers the shared log's read models with a silo.</summary>
    public static void AddReadModels(IServiceCollection services) => services.AddInMemoryReadModels(_ => Instance);

    /// <summary>Applies every committed event to the read models (what the projector does within its staleness bound).</summary>
    public static async Task CatchUpAsync()
    {
        foreach (var readModel in ReadModels.GetServices<ReadModel>())
        {
            while (await Instance.ApplyNextBatchAsync(readModel, 1000, CancellationToken.None) > 0)
            {
            }
        }
    }
}
