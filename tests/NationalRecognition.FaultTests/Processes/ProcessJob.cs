using System.Diagnostics;
using System.Globalization;

namespace NationalRecognition.FaultTests.Processes;

/// <summary>
/// Owns every process one fault-test run starts, like a Windows job object: they are killed when the job is
/// disposed, when the test process exits normally, and — through a watchdog shell in its own session that
/// outlives the test process — within a second of the test process dying without either (a crash, a kill by
/// the test runner's hang detector). Each child carries the job's id in its environment; the watchdog kills only
/// processes whose environment still carries it, so a recycled process id is never hit.
/// </summary>
public sealed class ProcessJob : IAsyncDisposable
{
    /// <summary>The environment variable that marks a process as belonging to a job.</summary>
    public const string MarkerVariable = "NR_FAULT_JOB";

    // $1 owner pid, $2 job id, $3 file of child pids. Waits for the owner to exit, then kills its marked children.
    private const string WatchdogScript = """
        while kill -0 "$1" 2>/dev/null; do sleep 1; done
        while read -r pid; do
          if [ -n "$pid" ] && grep -qz "^NR_FAULT_JOB=$2\$" "/proc/$pid/environ" 2>/dev/null; then kill -KILL "$pid"; fi
        done < "$3"
        """;

    private static readonly string[] InheritedPrefixesToDrop =
        ["Recognition__", "Authentication__", "RateLimiting__", "GraphQL__", "Logging__", "ASPNETCORE_", "DOTNET_ENVIRONMENT"];

    private readonly List<ChildProcess> _children = [];
    private readonly Lock _gate = new();
    private readonly string _pidFile;
    private readonly Process? _watchdog;
    private int _disposed;

    public ProcessJob(string logDirectory)
    {
        LogDirectory = logDirectory;
        Directory.CreateDirectory(logDirectory);
        _pidFile = Path.Combine(logDirectory, "children.pid");
        File.WriteAllText(_pidFile, string.Empty);
        _watchdog = StartWatchdog();
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>Unique id of this job (the value of <see cref="MarkerVariable"/> in its children).</summary>
    public string Id { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Where the children's output files are written.</summary>
    public string LogDirectory { get; }

    /// <summary>Every process started so far, in order (exited ones included, for their logs).</summary>
    public IReadOnlyList<ChildProcess> Children
    {
        get
        {
            lock (_gate)
            {
                return [.. _children];
            }
        }
    }

    /// <summary>
    /// Starts <c>dotnet <paramref name="dll"/> <paramref name="arguments"/></c> with <paramref name="environment"/>
    /// added to a copy of this process's environment from which the platform's own settings are removed.
    /// </summary>
    public ChildProcess StartDotnet(string name, string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        var startInfo = new ProcessStartInfo(DotnetHost) { WorkingDirectory = Path.GetDirectoryName(dll)! };
        startInfo.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var key in startInfo.Environment.Keys.Where(k => InheritedPrefixesToDrop.Any(p => k.StartsWith(p, StringComparison.Ordinal))).ToList())
        {
            startInfo.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        startInfo.Environment[MarkerVariable] = Id;
        lock (_gate)
        {
            var child = ChildProcess.Start(name, startInfo, LogDirectory);
            _children.Add(child);
            File.AppendAllText(_pidFile, child.Id.ToString(CultureInfo.InvariantCulture) + "\n");
            return child;
        }
    }

    /// <summary>Kills every child still running (SIGKILL) and stops the watchdog.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        var children = Children;
        foreach (var child in children)
        {
            child.Kill();
        }

        await Task.WhenAll(children.Select(c => Task.WhenAny(c.Exited, Task.Delay(TimeSpan.FromSeconds(10)))));
        foreach (var child in children)
        {
            child.Dispose();
        }

        if (_watchdog is not null)
        {
            try
            {
                _watchdog.Kill();
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            _watchdog.Dispose();
        }
    }

    private static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private Process? StartWatchdog()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // setsid: its own session, so signals to the test's process group (Ctrl+C, a runner's kill) spare it.
        var startInfo = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "bash", "-c", WatchdogScript, "watchdog", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), Id, _pidFile })
        {
            startInfo.ArgumentList.Add(argument);
        }

        return Process.Start(startInfo);
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        foreach (var child in Children)
        {
            child.Kill();
        }
    }
}
