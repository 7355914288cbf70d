using System.Collections.Concurrent;
using System.Diagnostics;

namespace NationalRecognition.Testing;

/// <summary>
/// One of the solution's programs (the silo host, the gateway) run as a separate process, as an operator runs it:
/// <c>dotnet src/X/bin/{Configuration}/net10.0/X.dll</c>. Its output is kept for waiting and for failure messages;
/// disposing kills the process (and only it) if it is still running.
/// </summary>
public sealed class ProgramProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Found)> _waiters = [];
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _lock = new();

    private ProgramProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    /// <summary>The program's project name, for messages.</summary>
    public string Name { get; }

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output => string.Join('\n', _lines);

    /// <summary>
    /// Starts <paramref name="project"/> (e.g. <c>NationalRecognition.Silo</c>) with <paramref name="arguments"/> and
    /// the given environment variables. Inherited <c>Recognition__*</c>, <c>ASPNETCORE_*</c> and <c>DOTNET_ENVIRONMENT</c>
    /// variables are removed, so the program sees only its defaults and what the test sets.
    /// </summary>
    public static ProgramProcess Start(string project, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(ProgramPath(project))!,
        };
        startInfo.ArgumentList.Add(ProgramPath(project));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var key in startInfo.Environment.Keys.Where(IsHostSetting).ToList())
        {
            startInfo.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var started = new ProgramProcess(project, process);
        process.OutputDataReceived += (_, e) => started.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => started.OnLine(e.Data);
        process.Exited += (_, _) => started.OnExited();
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {project}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return started;
    }

    /// <summary>The built program of <paramref name="project"/>, in the configuration the tests were built in.</summary>
    public static string ProgramPath(string project)
    {
        // Tests run from tests/<project>/bin/<Configuration>/<framework>/.
        var framework = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = framework.Parent!.Name;
        for (var directory = framework; directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NationalRecognition.sln")))
            {
                var path = Path.Combine(directory.FullName, "src", project, "bin", configuration, framework.Name, project + ".dll");
                return File.Exists(path)
                    ? path
                    : throw new InvalidOperationException($"{path} does not exist: build the solution ({configuration}) first.");
            }
        }

        throw new InvalidOperationException($"NationalRecognition.sln not found above {AppContext.BaseDirectory}.");
    }

    /// <summary>Waits for the first output line that matches; fails with the output so far if the process exits or time runs out.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout, string awaited)
    {
        TaskCompletionSource<string> found = new(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_lines.FirstOrDefault(match) is { } earlier)
            {
                return earlier;
            }

            _waiters.Add((match, found));
        }

        var first = await Task.WhenAny(found.Task, _exited.Task, Task.Delay(timeout));
        if (first == found.Task)
        {
            return await found.Task;
        }

        var why = first == _exited.Task ? "it exited" : $"{timeout.TotalSeconds:F0} s passed";
        throw new InvalidOperationException($"{Name} did not write {awaited} before {why}. Its output:\n{Output}");
    }

    /// <summary>Waits for the process to end by itself; its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        if (await Task.WhenAny(_exited.Task, Task.Delay(timeout)) != _exited.Task)
        {
            throw new InvalidOperationException($"{Name} was still running after {timeout.TotalSeconds:F0} s. Its output:\n{Output}");
        }

        // The Exited event can come before the last lines are read; this waits for them.
        await _process.WaitForExitAsync();
        return _process.ExitCode;
    }

    /// <summary>Kills the process at once (as a crash or kill -9 would).</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started or already gone: nothing to stop.
        }

        _process.Dispose();
    }

    private static bool IsHostSetting(string key) =>
        key.StartsWith("Recognition__", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
        || key.Equals("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase);

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _lines.Enqueue(line);
            foreach (var waiter in _waiters.Where(w => w.Match(line)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Found.TrySetResult(line);
            }
        }
    }

    private void OnExited() => _exited.TrySetResult();

    /// <inheritdoc/>
    public override string ToString() => $"{Name} (pid {_process.Id})";
}
