namespace NationalRecognition.FaultTests.Workload;

/// <summary>
/// The workers running concurrently. A worker that fails (a refusal, a command never answered) stops alone and its
/// failure is reported at <see cref="StopAsync"/>; awaiting something while they run fails at once only when no
/// worker is left. Stopping waits for each worker to finish the application it is working on.
/// </summary>
public sealed class WorkerPool : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _running;

    public WorkerPool(IEnumerable<Worker> workers) =>
        _running = [.. workers.Select(worker => Task.Run(() => worker.RunAsync(_stop.Token)))];

    /// <summary>Awaits <paramref name="awaited"/>; throws if every worker has ended first.</summary>
    public async Task WhileRunningAsync(Task awaited)
    {
        var all = Task.WhenAll(_running);
        if (await Task.WhenAny(awaited, all) == all && !awaited.IsCompleted)
        {
            throw new InvalidOperationException(
                $"Every worker ended before the awaited condition: {string.Join(" | ", Failures())}");
        }

        await awaited;
    }

    /// <summary>Signals stop and waits for every worker; returns the failures (empty when all ran cleanly).</summary>
    /// <exception cref="TimeoutException">A worker did not finish within <paramref name="timeout"/>.</exception>
    public async Task<IReadOnlyList<string>> StopAsync(TimeSpan timeout)
    {
        await _stop.CancelAsync();
        var all = Task.WhenAll(_running);
        if (await Task.WhenAny(all, Task.Delay(timeout)) != all)
        {
            throw new TimeoutException($"{_running.Count(t => !t.IsCompleted)} worker(s) did not finish their application within {timeout.TotalSeconds:0} s of the stop.");
        }

        return Failures();
    }

    public void Dispose() => _stop.Dispose();

    private List<string> Failures() =>
        [.. _running.Where(t => t.IsFaulted).Select(t => t.Exception!.InnerException!.Message)];
}
