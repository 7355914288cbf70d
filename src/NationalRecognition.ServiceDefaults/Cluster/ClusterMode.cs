namespace NationalRecognition.ServiceDefaults.Cluster;

/// <summary>Where a silo keeps its membership, grain state and reminders.</summary>
public enum ClusterMode
{
    /// <summary>One machine, nothing durable: localhost clustering, in-memory storage and reminders.</summary>
    Local,

    /// <summary>A real cluster: ADO.NET clustering, grain storage and reminders on PostgreSQL.</summary>
    PostgreSql,
}
