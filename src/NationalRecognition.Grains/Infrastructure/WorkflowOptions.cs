namespace NationalRecognition.Grains.Infrastructure;

/// <summary>Settings of the recognition workflow's grains (section "Recognition:Workflow").</summary>
public sealed class WorkflowOptions
{
    public const string SectionName = "Recognition:Workflow";

    /// <summary>How often a durable reminder retries an application's undelivered notifications.</summary>
    public TimeSpan OutboxReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How soon an active application retries a failed delivery before the reminder would.</summary>
    public TimeSpan OutboxRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Applications one listing grain keeps at most; past it the listing refuses new entries loudly.</summary>
    public int MaxListingEntries { get; set; } = 200_000;
}
