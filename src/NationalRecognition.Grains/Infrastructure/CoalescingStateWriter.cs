namespace NationalRecognition.Grains.Infrastructure;

/// <summary>
/// Group commit for a reentrant grain: changes made while a write is in flight are persisted together by the
/// next write, so N concurrent callers cost about two writes instead of N. Every caller's task completes only
/// when a write that started after its change has succeeded — acknowledged still means stored.
/// </summary>
/// <remarks>
/// The grain keeps its working data outside <see cref="IPersistentState{TState}.State"/> and hands a fresh
/// snapshot to each write: the storage provider may serialize after an await, while another interleaved call
/// changes the working data, so it must never see that data itself. After a failed write the ETag may be stale,
/// so the activation is dropped and the next one reads what was really stored.
/// </remarks>
public sealed class CoalescingStateWriter<TState>(IPersistentState<TState> state, Func<TState> snapshot, Action deactivate)
{
    private Task? _writing;
    private Task? _next;

    /// <summary>Persists every change made before this call; completes when they are stored.</summary>
    public Task Persist() => _next ??= WriteAfterCurrent(_writing);

    /// <summary>Completes when what is already in memory is stored (no new write when nothing is pending).</summary>
    public Task WhenStored() => _next ?? _writing ?? Task.CompletedTask;

    private async Task WriteAfterCurrent(Task? current)
    {
        // Yield first: _next must be assigned before the snapshot is taken, or a change made in between would be
        // promised to a write that does not contain it.
        await Task.Yield();
        if (current is not null)
        {
            try
            {
                await current;
            }
            catch
            {
                // That write's callers see its failure; this write still runs for the changes made since.
            }
        }

        _next = null;
        state.State = snapshot();
        var write = Write();
        _writing = write;
        await write;
    }

    private async Task Write()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            deactivate();
            throw;
        }
    }
}
