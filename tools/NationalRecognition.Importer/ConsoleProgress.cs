using System.Diagnostics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace NationalRecognition.Importer;

/// <summary>
/// A live progress bar with records/s and the time left on a terminal; on a pipe or a CI log, a plain line every few
/// seconds with the same figures.
/// </summary>
internal sealed class ConsoleProgress(IAnsiConsole console, bool live) : IImportProgress
{
    private readonly Stopwatch _clock = new();
    private Task? _render;
    private ProgressTask? _task;
    private TaskCompletionSource? _finished;
    private long _total;
    private long _startedAt;
    private TimeSpan _lastLine;

    public void Start(long total, long done)
    {
        _total = total;
        _startedAt = done;
        _clock.Start();
        if (!live)
        {
            return;
        }

        var ready = new TaskCompletionSource();
        _finished = new TaskCompletionSource();
        _render = console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RecordsPerSecondColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                _task = context.AddTask("importing", maxValue: Math.Max(1, total));
                _task.Value = done;
                ready.SetResult();
                await _finished.Task;
            });
        ready.Task.Wait();
    }

    public void Advance(long done, ImportCounts counts)
    {
        if (_task is not null)
        {
            _task.Value = done;
            _task.Description = $"importing ({counts.Rejected + counts.Unreadable:N0} rejected)";
            return;
        }

        var elapsed = _clock.Elapsed;
        if (elapsed - _lastLine < TimeSpan.FromSeconds(2) && done < _total)
        {
            return;
        }

        _lastLine = elapsed;
        var pace = ImportPace.Of(_total, _startedAt, done, elapsed);
        console.WriteLine($"{done:N0}/{_total:N0} records, {pace.RecordsPerSecond:N0} records/s, ETA {pace.Eta}");
    }

    public void Stop()
    {
        if (_task is not null)
        {
            _task.Value = _task.MaxValue;
            _task.StopTask();
        }

        _finished?.TrySetResult();
        _render?.GetAwaiter().GetResult();
    }

    /// <summary>Records per second, from the task's own speed.</summary>
    private sealed class RecordsPerSecondColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? $"{speed:N0} records/s" : "– records/s");
    }
}
