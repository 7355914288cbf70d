namespace NationalRecognition.Contracts;

/// <summary>
/// Names of the grain storage providers the hosts register, for
/// <c>[PersistentState("stateName", StorageNames.Recognition)]</c>.
/// </summary>
public static class StorageNames
{
    /// <summary>The platform's grain state: PostgreSQL in a cluster, in memory in local mode.</summary>
    public const string Recognition = "recognition";
}
