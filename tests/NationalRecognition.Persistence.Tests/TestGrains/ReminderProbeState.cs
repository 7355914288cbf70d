namespace NationalRecognition.Persistence.Tests.TestGrains;

/// <summary>State of <see cref="ReminderProbeGrain"/>.</summary>
[GenerateSerializer]
[Alias("NationalRecognition.Persistence.Tests.ReminderProbeState")]
public sealed class ReminderProbeState
{
    /// <summary>Reminder ticks received, across activations.</summary>
    [Id(0)]
    public int Ticks { get; set; }
}
