namespace NationalRecognition.Persistence.Tests.TestGrains;

/// <summary>Counts the ticks of one reminder, to see reminders survive silo restarts.</summary>
[Alias("NationalRecognition.Persistence.Tests.IReminderProbeGrain")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    /// <summary>Registers (or updates) the reminder.</summary>
    [Alias("Start")]
    Task StartAsync(TimeSpan dueTime, TimeSpan period);

    /// <summary>Ticks received so far.</summary>
    [Alias("GetTicks")]
    Task<int> GetTicksAsync();

    /// <summary>Unregisters the reminder.</summary>
    [Alias("Stop")]
    Task StopAsync();
}
