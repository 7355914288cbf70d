using System.Text.Json.Serialization;

namespace NationalRecognition.Benchmarks.Quiet;

/// <summary>
/// Where the machine's CPU went over a window, in clock ticks of all cores: the processes the benchmark started
/// (its own process tree and PostgreSQL's), the kernel's threads, everything else (other work), and what no
/// visible process accounts for (interrupts, processes this PID namespace cannot see, rounding).
/// </summary>
public sealed record CpuShare(
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("cores")] int Cores,
    [property: JsonPropertyName("capacity_ticks")] long CapacityTicks,
    [property: JsonPropertyName("busy_ticks")] long BusyTicks,
    [property: JsonPropertyName("harness_ticks")] long HarnessTicks,
    [property: JsonPropertyName("kernel_thread_ticks")] long KernelThreadTicks,
    [property: JsonPropertyName("other_ticks")] long OtherTicks,
    [property: JsonPropertyName("other_by_name")] IReadOnlyDictionary<string, long> OtherByName)
{
    public static CpuShare None { get; } = new(0, 0, 0, 0, 0, 0, 0, new Dictionary<string, long>());

    /// <summary>Busy ticks no visible process accounts for (never negative: per-process rounding can exceed them).</summary>
    [JsonPropertyName("unattributed_ticks")]
    public long UnattributedTicks => Math.Max(0, BusyTicks - HarnessTicks - KernelThreadTicks - OtherTicks);

    /// <summary>Other work as a fraction of all the machine's CPU over the window.</summary>
    [JsonPropertyName("other_fraction")]
    public double OtherFraction => CapacityTicks > 0 ? OtherTicks / (double)CapacityTicks : 0;

    /// <summary>Other work in cores, averaged over the window.</summary>
    [JsonPropertyName("other_cores")]
    public double OtherCores => OtherFraction * Cores;

    public CpuShare Add(CpuShare next)
    {
        var byName = new Dictionary<string, long>(OtherByName, StringComparer.Ordinal);
        foreach (var (name, ticks) in next.OtherByName)
        {
            byName[name] = byName.GetValueOrDefault(name) + ticks;
        }

        return new CpuShare(
            Seconds + next.Seconds, Math.Max(Cores, next.Cores), CapacityTicks + next.CapacityTicks, BusyTicks + next.BusyTicks, HarnessTicks + next.HarnessTicks,
            KernelThreadTicks + next.KernelThreadTicks, OtherTicks + next.OtherTicks, byName);
    }
}
