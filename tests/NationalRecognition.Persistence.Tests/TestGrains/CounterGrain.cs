using NationalRecognition.Contracts;

namespace NationalRecognition.Persistence.Tests.TestGrains;

/// <inheritdoc cref="ICounterGrain"/>
public sealed class CounterGrain(
    [PersistentState("counter", StorageNames.Recognition)] IPersistentState<CounterState> state) : Grain, ICounterGrain
{
    /// <inheritdoc/>
    public async Task<int> IncrementAsync()
    {
        state.State.Value++;
        await state.WriteStateAsync();
        return state.State.Value;
    }

    /// <inheritdoc/>
    public Task<int> GetAsync() => Task.FromResult(state.State.Value);
}
