namespace NationalRecognition.Grains.EventLog;

/// <summary>
/// How a grain commits a command: the next state is built aside, swapped in, and written with its events in
/// one transaction. If the write fails, the previous state comes back and the activation is dropped, so the
/// next call reads what storage really holds (a timed-out write may have committed).
/// </summary>
public static class StateJournal
{
    public static async Task CommitAsync<TState>(this IPersistentState<TState> state, TState next, IEnumerable<PendingEvent> events, IGrainBase grain)
        where TState : class, IJournaledState
    {
        var previous = state.State;
        next.UncommittedEvents.Clear();
        next.UncommittedEvents.AddRange(events);
        state.State = next;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            next.UncommittedEvents.Clear();
            state.State = previous;
            grain.DeactivateOnIdle();
            throw;
        }
    }
}
