using System.Globalization;

namespace NationalRecognition.Benchmarks.Quiet;

/// <summary>
/// One process as /proc/&lt;pid&gt;/stat shows it: its parent, when it started (with the pid, its identity: pids are
/// reused), its own CPU ticks (user + system) and the ticks of the children it has waited for (cutime + cstime).
/// </summary>
public sealed record ProcessTicks(int Pid, int ParentPid, long StartTime, string Name, long OwnTicks, long ReapedChildrenTicks)
{
    /// <summary>kthreadd (pid 2) and its children: the kernel's own threads, not anybody's work.</summary>
    public bool IsKernelThread => Pid == 2 || ParentPid == 2;

    public long TotalTicks => OwnTicks + ReapedChildrenTicks;

    /// <summary>The same process (not a later one that was given the same pid).</summary>
    public bool IsSameProcessAs(ProcessTicks other) => Pid == other.Pid && StartTime == other.StartTime;

    /// <summary>
    /// Reads a stat line: <c>pid (comm) state ppid … utime stime cutime cstime … starttime …</c>. The name may hold
    /// spaces and parentheses, so the fields are counted from the last ')'.
    /// </summary>
    public static ProcessTicks Parse(string statLine)
    {
        var open = statLine.IndexOf(" (", StringComparison.Ordinal);
        var close = statLine.LastIndexOf(") ", StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            throw new FormatException($"Not a /proc/<pid>/stat line: '{statLine}'.");
        }

        // After the name: [0] state, [1] ppid, [11] utime, [12] stime, [13] cutime, [14] cstime, [19] starttime.
        var fields = statLine[(close + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long Field(int index) => long.Parse(fields[index], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return new ProcessTicks(
            int.Parse(statLine[..open], CultureInfo.InvariantCulture),
            (int)Field(1),
            Field(19),
            statLine[(open + 2)..close],
            Field(11) + Field(12),
            Field(13) + Field(14));
    }
}
