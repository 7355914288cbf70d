using System.Text.Json.Serialization;

namespace NationalRecognition.Benchmarks;

/// <summary>CPU time over one measured submit run: the contender's own processes and the whole PostgreSQL server.</summary>
public sealed record CpuTicks(
    [property: JsonPropertyName("app_ticks")] long AppTicks,
    [property: JsonPropertyName("postgres_ticks")] long PostgresTicks,
    [property: JsonPropertyName("ticks_per_second")] long TicksPerSecond);
