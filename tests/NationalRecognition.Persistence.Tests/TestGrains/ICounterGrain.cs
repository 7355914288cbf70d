namespace NationalRecognition.Persistence.Tests.TestGrains;

/// <summary>A persisted counter, to see grain state survive silo restarts.</summary>
[Alias("NationalRecognition.Persistence.Tests.ICounterGrain")]
public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>Adds one and persists; returns the new value.</summary>
    [Alias("Increment")]
    Task<int> IncrementAsync();

    /// <summary>The current value.</summary>
    [Alias("Get")]
    Task<int> GetAsync();
}
