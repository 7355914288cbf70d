namespace NationalRecognition.ServiceDefaults.Health;

/// <summary>The two kinds of probe every process answers.</summary>
public static class HealthTags
{
    /// <summary>Checks that say whether the process itself works (a failure gets it restarted).</summary>
    public const string Live = "live";

    /// <summary>Checks that say whether it can serve now (a failure takes it out of the load balancer, nothing more).</summary>
    public const string Ready = "ready";
}
