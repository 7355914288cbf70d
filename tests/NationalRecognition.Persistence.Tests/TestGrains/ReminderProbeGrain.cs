using NationalRecognition.Contracts;

namespace NationalRecognition.Persistence.Tests.TestGrains;

/// <inheritdoc cref="IReminderProbeGrain"/>
public sealed class ReminderProbeGrain(
    [PersistentState("probe", StorageNames.Recognition)] IPersistentState<ReminderProbeState> state) : Grain, IReminderProbeGrain, IRemindable
{
    /// <summary>The one reminder this grain registers.</summary>
    public const string ReminderName = "probe";

    /// <inheritdoc/>
    public Task StartAsync(TimeSpan dueTime, TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, dueTime, period);

    /// <inheritdoc/>
    public Task<int> GetTicksAsync() => Task.FromResult(state.State.Ticks);

    /// <inheritdoc/>
    public async Task StopAsync()
    {
        var reminder = await this.GetReminder(ReminderName);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <inheritdoc/>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Ticks++;
        await state.WriteStateAsync();
    }
}
