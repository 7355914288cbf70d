namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>How the projector follows the log (section "Recognition:Projector").</summary>
public sealed class ProjectorOptions
{
    public const string SectionName = "Recognition:Projector";

    /// <summary>How often an idle projector looks for new events; a write on the same silo wakes it at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The least time between two batches: writes arriving meanwhile join the next batch instead of each waking
    /// the projector for a batch of one (an admission peak would otherwise cost a batch per submission).
    /// </summary>
    public TimeSpan BatchInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Events applied in one transaction at most.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>How often each silo measures how far every projection trails the log (the lag and staleness meters).</summary>
    public TimeSpan LagInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Pause after a failed batch before trying again (the batch rolled back, so nothing is lost).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
