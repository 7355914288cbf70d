namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// Demo data for the all-in-one local mode (section <c>Recognition:Demo</c>). Off unless switched on: demo
/// institutions and learners must never appear in a real cluster by accident.
/// </summary>
public sealed class DemoDataOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Recognition:Demo";

    /// <summary>Seed the demo institutions, certificates and applications at start-up.</summary>
    public bool Enabled { get; set; }

    /// <summary>How long to wait for the cluster to answer its first call before giving up on seeding.</summary>
    public TimeSpan ClusterWaitTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Pause between attempts while the cluster is still starting.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
