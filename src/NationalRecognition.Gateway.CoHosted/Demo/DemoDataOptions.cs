namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// Demo data for the all-in-one local mode (section <c>Recognition:Demo</c>). Off unless switched on: demo
/// institutions and learners must never appear in a real cluster by accident.
/// </summary>
public sealed class DemoDataOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Recognition:Demo";

    /// <summary>The most synthetic applications: each learner's IIN carries the application's number as its serial.</summary>
    public const int MaxSyntheticApplications = 10000;

    /// <summary>Seed the demo institutions, certificates and applications at start-up.</summary>
    public bool Enabled { get; set; }

    /// <summary>How long to wait for the cluster to answer its first call before giving up on seeding.</summary>
    public TimeSpan ClusterWaitTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Pause between attempts while the cluster is still starting.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Synthetic applications seeded after the hand-made demo cases, in the background, so that the analysts' statistics
    /// have groups above the suppression threshold (<see cref="SyntheticActivity"/>); 0 seeds none.
    /// </summary>
    public int SyntheticApplications { get; set; } = 3000;

    /// <summary>The months before today the synthetic applications are spread over.</summary>
    public int SyntheticMonths { get; set; } = 12;
}
