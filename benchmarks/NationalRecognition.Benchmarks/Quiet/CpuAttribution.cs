namespace NationalRecognition.Benchmarks.Quiet;

/// <summary>
/// Splits the CPU used between two samples into the benchmark's own work, the kernel's threads and other work.
/// The benchmark's own work is every process descended from one of its roots (the script, which starts the
/// contenders, the load generator and this sampler; PostgreSQL's postmaster, which pg_ctl leaves without a parent
/// of ours), and stays its own once seen, even if orphaned later.
/// Every process is counted by its own ticks plus those of the children it reaped, so work that starts and ends
/// between two samples still shows, in the parent that waited for it; ticks already counted for a process that
/// has since ended are taken back from the ancestor that reaped it.
/// </summary>
public sealed class CpuAttribution(IReadOnlySet<int> roots)
{
    private enum Owner
    {
        Harness,
        Kernel,
        Other,
    }

    private HashSet<(int Pid, long StartTime)> _harness = [];

    public CpuShare Between(CpuSample earlier, CpuSample later, double seconds)
    {
        var owners = new Dictionary<int, Owner>();
        Owner OwnerOf(ProcessTicks process, int depth = 0)
        {
            if (owners.TryGetValue(process.Pid, out var known))
            {
                return known;
            }

            var owner = roots.Contains(process.Pid) || _harness.Contains((process.Pid, process.StartTime)) ? Owner.Harness
                : process.IsKernelThread ? Owner.Kernel
                : depth < 64 && later.Processes.TryGetValue(process.ParentPid, out var parent) && OwnerOf(parent, depth + 1) == Owner.Harness
                    ? Owner.Harness
                    : Owner.Other;
            owners[process.Pid] = owner;
            return owner;
        }

        var ticks = new Dictionary<Owner, long> { [Owner.Harness] = 0, [Owner.Kernel] = 0, [Owner.Other] = 0 };
        var otherByName = new Dictionary<string, long>(StringComparer.Ordinal);
        void Charge(ProcessTicks process, long amount)
        {
            var owner = OwnerOf(process);
            ticks[owner] += amount;
            if (owner == Owner.Other)
            {
                otherByName[process.Name] = otherByName.GetValueOrDefault(process.Name) + amount;
            }
        }

        foreach (var process in later.Processes.Values)
        {
            var before = earlier.Processes.GetValueOrDefault(process.Pid);
            Charge(process, before is not null && before.IsSameProcessAs(process)
                ? Math.Max(0, process.TotalTicks - before.TotalTicks)
                : process.TotalTicks);
        }

        foreach (var ended in earlier.Processes.Values.Where(p => !Survives(p, later)))
        {
            if (ReaperOf(ended, earlier, later) is { } reaper)
            {
                Charge(reaper, -ended.TotalTicks);
            }
        }

        _harness = [.. later.Processes.Values.Where(p => OwnerOf(p) == Owner.Harness).Select(p => (p.Pid, p.StartTime))];
        return new CpuShare(
            seconds,
            later.Cores,
            later.CapacityTicks - earlier.CapacityTicks,
            later.BusyTicks - earlier.BusyTicks,
            Math.Max(0, ticks[Owner.Harness]),
            Math.Max(0, ticks[Owner.Kernel]),
            Math.Max(0, ticks[Owner.Other]),
            otherByName.Where(n => n.Value > 0).ToDictionary(StringComparer.Ordinal));
    }

    private static bool Survives(ProcessTicks process, CpuSample later) =>
        later.Processes.TryGetValue(process.Pid, out var now) && now.IsSameProcessAs(process);

    /// <summary>The nearest ancestor (as the earlier sample knew them) still running: the one whose reaped ticks now hold the ended process's.</summary>
    private static ProcessTicks? ReaperOf(ProcessTicks ended, CpuSample earlier, CpuSample later)
    {
        var pid = ended.ParentPid;
        for (var depth = 0; depth < 64 && earlier.Processes.TryGetValue(pid, out var ancestor); depth++)
        {
            if (Survives(ancestor, later))
            {
                return later.Processes[pid];
            }

            pid = ancestor.ParentPid;
        }

        return null;
    }
}
