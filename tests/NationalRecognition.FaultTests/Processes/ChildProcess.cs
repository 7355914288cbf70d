using System.Diagnostics;
using System.Globalization;

namespace NationalRecognition.FaultTests.Processes;

/// <summary>
/// One program the fault test started (a silo, the gateway, the identity provider): its standard output and error
/// go to files, each line stamped with the wall-clock time it arrived, so that a failure can show what every
/// process was doing. Start it through <see cref="ProcessJob"/>, which kills whatever is left.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private const int TailLines = 40;

    private readonly Process _process;
    private readonly StreamWriter _output;
    private readonly StreamWriter _error;
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private readonly List<(string Text, TaskCompletionSource<string> Seen)> _awaited = [];
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _closed;

    private ChildProcess(string name, Process process, string outputPath, string errorPath)
    {
        Name = name;
        _process = process;
        OutputPath = outputPath;
        ErrorPath = errorPath;
        _output = new StreamWriter(outputPath) { AutoFlush = true };
        _error = new StreamWriter(errorPath) { AutoFlush = true };
    }

    /// <summary>A name for logs, e.g. "silo-2#1" (second start of silo 2).</summary>
    public string Name { get; }

    public int Id => _process.Id;

    public string OutputPath { get; }

    public string ErrorPath { get; }

    public bool HasExited => _exited.Task.IsCompleted;

    /// <summary>Completes with the exit code when the process has exited.</summary>
    public Task<int> Exited => _exited.Task;

    internal static ChildProcess Start(string name, ProcessStartInfo startInfo, string logDirectory)
    {
        startInfo.UseShellExecute = false;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.RedirectStandardInput = false;
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process,
            Path.Combine(logDirectory, $"{name}.stdout.log"), Path.Combine(logDirectory, $"{name}.stderr.log"));
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data, isError: true);
        process.Exited += (_, _) => child.OnExited();
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {name} ({startInfo.FileName}).");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits until the process writes a line containing <paramref name="text"/> to its output; returns that line.</summary>
    /// <exception cref="TimeoutException">Not written within <paramref name="timeout"/>; the message names what was awaited.</exception>
    /// <exception cref="InvalidOperationException">The process exited first.</exception>
    public async Task<string> WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_lines.FirstOrDefault(line => line.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                return line;
            }

            _awaited.Add((text, seen));
        }

        var first = await Task.WhenAny(seen.Task, _exited.Task, Task.Delay(timeout));
        if (first == seen.Task)
        {
            return await seen.Task;
        }

        if (first == _exited.Task)
        {
            // The pumps may still be delivering the last lines.
            await Task.WhenAny(seen.Task, Task.Delay(TimeSpan.FromMilliseconds(200)));
            return seen.Task.IsCompleted
                ? await seen.Task
                : throw new InvalidOperationException(
                    $"{Name} exited with code {await _exited.Task} before writing '{text}'.{Environment.NewLine}{Tail()}");
        }

        throw new TimeoutException($"{Name} did not write '{text}' within {timeout.TotalSeconds:0} s.{Environment.NewLine}{Tail()}");
    }

    /// <summary>SIGKILL: the process gets no chance to clean up (a crashed machine, an OOM kill).</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: false);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>SIGTERM (a graceful shutdown); SIGKILL if it has not exited within <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (HasExited)
        {
            return;
        }

        using (var signal = Process.Start(new ProcessStartInfo("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false }))
        {
            if (signal is not null)
            {
                await signal.WaitForExitAsync();
            }
        }

        if (await Task.WhenAny(_exited.Task, Task.Delay(grace)) != _exited.Task)
        {
            Kill();
            await _exited.Task;
        }
    }

    /// <summary>The last lines of its output and error, for a failure message.</summary>
    public string Tail(int lines = TailLines)
    {
        string[] last;
        lock (_gate)
        {
            last = [.. _lines.TakeLast(lines)];
        }

        var state = HasExited ? $"exited with {_exited.Task.Result}" : $"running as pid {Id}";
        return $"----- {Name} ({state}); full logs: {OutputPath}, {ErrorPath}{Environment.NewLine}{string.Join(Environment.NewLine, last)}";
    }

    public void Dispose()
    {
        Kill();
        _process.WaitForExit(TimeSpan.FromSeconds(10));
        lock (_gate)
        {
            _closed = true;
            _output.Dispose();
            _error.Dispose();
        }

        _process.Dispose();
    }

    private void OnLine(string? line, bool isError)
    {
        if (line is null)
        {
            return;
        }

        var stamped = $"{DateTime.Now:HH:mm:ss.fff} {(isError ? "E " : string.Empty)}{line}";
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            (isError ? _error : _output).WriteLine(stamped);
            _lines.Add(stamped);
            if (isError)
            {
                return;
            }

            for (var i = _awaited.Count - 1; i >= 0; i--)
            {
                if (line.Contains(_awaited[i].Text, StringComparison.Ordinal))
                {
                    _awaited[i].Seen.TrySetResult(line);
                    _awaited.RemoveAt(i);
                }
            }
        }
    }

    private void OnExited()
    {
        // Let the output pumps drain before anyone reads the exit (WaitForExit waits for them).
        _process.WaitForExit();
        _exited.TrySetResult(_process.ExitCode);
    }
}
