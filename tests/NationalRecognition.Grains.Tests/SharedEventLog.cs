using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Projections;
using NationalRecognition.Grains.Statistics;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// The in-memory event log every silo of the in-memory test clusters shares (it stands in for the database),
/// and a deterministic way to let the projections catch up before a test reads them.
/// </summary>
internal static class SharedEventLog
{
    public static InMemoryEventLog Instance { get; } = new();

    private static readonly IProjection[] Projections = [new ListingProjection(), new AuditProjection(), new StatisticsProjection()];

    /// <summary>Applies every committed event to the read models (what the projector does within its staleness bound).</summary>
    public static async Task CatchUpAsync()
    {
        foreach (var projection in Projections)
        {
            while (await Instance.ApplyNextBatchAsync(projection, 1000, CancellationToken.None) > 0)
            {
            }
        }
    }
}
