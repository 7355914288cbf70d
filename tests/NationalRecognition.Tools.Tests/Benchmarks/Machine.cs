using NationalRecognition.Benchmarks.Quiet;

namespace NationalRecognition.Tools.Tests.Benchmarks;

/// <summary>
/// A made-up /proc for the busy-machine guard's tests: processes with their parents and ticks, and the machine's
/// busy and capacity ticks (2 cores), sampled as often as a test likes.
/// </summary>
public sealed class Machine
{
    public const int Script = 100;
    public const int Postmaster = 200;

    private readonly Dictionary<int, ProcessTicks> _processes = [];
    private long _busy;
    private long _capacity;

    public Machine()
    {
        Start(1, 0, "init");
        Start(2, 0, "kthreadd");
        Start(Script, 1, "bash");
        Start(Postmaster, 1, "postgres");
    }

    public static IReadOnlySet<int> Roots { get; } = new HashSet<int> { Script, Postmaster };

    public Machine Start(int pid, int parent, string name, long startTime = 1)
    {
        _processes[pid] = new ProcessTicks(pid, parent, startTime, name, 0, 0);
        return this;
    }

    /// <summary>The process runs for <paramref name="ticks"/> clock ticks (the machine is that much busier).</summary>
    public Machine Run(int pid, long ticks)
    {
        _processes[pid] = _processes[pid] with { OwnTicks = _processes[pid].OwnTicks + ticks };
        _busy += ticks;
        return this;
    }

    /// <summary>The process ends and its parent waits for it: its ticks move into the parent's reaped ticks.</summary>
    public Machine End(int pid)
    {
        var ended = _processes[pid];
        _processes.Remove(pid);
        if (_processes.TryGetValue(ended.ParentPid, out var parent))
        {
            _processes[parent.Pid] = parent with { ReapedChildrenTicks = parent.ReapedChildrenTicks + ended.TotalTicks };
        }

        return this;
    }

    /// <summary>The parent ended without waiting: the process is now init's child.</summary>
    public Machine Orphan(int pid)
    {
        _processes[pid] = _processes[pid] with { ParentPid = 1 };
        return this;
    }

    /// <summary>Wall time passes: both cores' worth of capacity, 100 ticks a second.</summary>
    public Machine Wait(double seconds)
    {
        _capacity += (long)(seconds * 200);
        return this;
    }

    public CpuSample Sample() => new(_busy, _capacity, 2, new Dictionary<int, ProcessTicks>(_processes));
}
