using System.Globalization;

namespace NationalRecognition.Benchmarks.Quiet;

/// <summary>
/// The machine's CPU ticks at one moment: busy (user + nice + system, all cores, from /proc/stat), capacity (every
/// field but the guest ones, which user and nice already hold), the cores they cover and every visible process.
/// </summary>
public sealed record CpuSample(long BusyTicks, long CapacityTicks, int Cores, IReadOnlyDictionary<int, ProcessTicks> Processes)
{
    public static CpuSample Take()
    {
        var processes = new Dictionary<int, ProcessTicks>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var process = ProcessTicks.Parse(File.ReadAllText(Path.Combine(directory, "stat")).TrimEnd());
                processes[pid] = process;
            }
            catch (IOException)
            {
                // It exited between the listing and the read: its parent's reaped ticks will show it.
            }
        }

        var stat = File.ReadAllLines("/proc/stat");
        var (busy, capacity) = ParseMachine(stat[0]);
        var cores = stat.Count(l => l.Length > 3 && l.StartsWith("cpu", StringComparison.Ordinal) && char.IsAsciiDigit(l[3]));
        return new CpuSample(busy, capacity, cores, processes);
    }

    /// <summary>The first line of /proc/stat: <c>cpu user nice system idle iowait irq softirq steal guest guest_nice</c>.</summary>
    public static (long Busy, long Capacity) ParseMachine(string cpuLine)
    {
        var ticks = cpuLine.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        return (ticks[0] + ticks[1] + ticks[2], ticks.Take(8).Sum());
    }
}
