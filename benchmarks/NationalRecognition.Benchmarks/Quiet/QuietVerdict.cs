using System.Globalization;
using System.Text.Json.Serialization;

namespace NationalRecognition.Benchmarks.Quiet;

/// <summary>
/// Whether one measured run had the machine to itself: the CPU that other work took during it (processes the
/// benchmark did not start), against a limit in cores averaged over the run. Above the limit the run is void: its
/// numbers may not decide anything (the default limit and why: benchmarks/README.md, "Busy machine").
/// </summary>
public sealed record QuietVerdict(
    [property: JsonPropertyName("run")] string Run,
    [property: JsonPropertyName("max_other_cores")] double MaxOtherCores,
    [property: JsonPropertyName("cpu")] CpuShare Cpu)
{
    public const double DefaultMaxOtherCores = 0.10;

    [JsonPropertyName("quiet")]
    public bool Quiet => Cpu.OtherCores <= MaxOtherCores;

    /// <summary>"quiet" or "VOID (busy machine)".</summary>
    [JsonIgnore]
    public string Word => Quiet ? "quiet" : "VOID (busy machine)";

    /// <summary>One line for the console and the report.</summary>
    public string Describe()
    {
        var busiest = Cpu.OtherByName.OrderByDescending(n => n.Value).Take(3)
            .Select(n => string.Create(CultureInfo.InvariantCulture, $"{n.Key} {Percent(n.Value)}"));
        var names = Cpu.OtherTicks > 0 ? $" (most: {string.Join(", ", busiest)})" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Run}: other work took {Cpu.OtherFraction * 100:F1} % of the machine's CPU during the run{names}, "
            + $"{Cpu.OtherCores:F2} of a core averaged over {Cpu.Seconds:F0} s on {Cpu.Cores} cores (limit {MaxOtherCores:F2}) — {Word}");
    }

    private string Percent(long ticks) => Cpu.CapacityTicks > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{ticks * 100.0 / Cpu.CapacityTicks:F1} %")
        : "0 %";
}
