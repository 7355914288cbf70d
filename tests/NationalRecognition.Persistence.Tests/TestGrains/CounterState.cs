namespace NationalRecognition.Persistence.Tests.TestGrains;

/// <summary>State of <see cref="CounterGrain"/>; stored with Orleans' [Id]-based serializer.</summary>
[GenerateSerializer]
[Alias("NationalRecognition.Persistence.Tests.CounterState")]
public sealed class CounterState
{
    /// <summary>How many times the counter was incremented.</summary>
    [Id(0)]
    public int Value { get; set; }
}
