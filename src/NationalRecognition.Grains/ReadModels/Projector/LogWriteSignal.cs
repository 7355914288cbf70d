namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>
/// Wakes this silo's projector when this silo has written to the log, so an acknowledged change usually reaches
/// the read models within one batch rather than one poll interval.
/// </summary>
public sealed class LogWriteSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Completes at the next <see cref="Notify"/>.</summary>
    public Task NextWrite => Volatile.Read(ref _next).Task;
}
