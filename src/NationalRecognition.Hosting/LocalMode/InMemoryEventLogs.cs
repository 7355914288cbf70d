using System.Collections.Concurrent;
using Orleans.Configuration;

namespace NationalRecognition.Hosting.LocalMode;

/// <summary>
/// Local mode's in-memory event logs, one per cluster in this process: the silos of one in-process cluster share
/// it as they would share a database, and no other cluster ever sees it.
/// </summary>
public static class InMemoryEventLogs
{
    private static readonly ConcurrentDictionary<(string ServiceId, string ClusterId), InMemoryEventLog> Logs = new();

    public static InMemoryEventLog For(ClusterOptions cluster, TimeProvider time) =>
        Logs.GetOrAdd((cluster.ServiceId, cluster.ClusterId), _ => new InMemoryEventLog(time));
}
