using System.Globalization;
using System.Text.Json;
using NationalRecognition.Benchmarks.Quiet;

namespace NationalRecognition.Benchmarks;

/// <summary>
/// Before and after a change (BENCH_BASELINE): the platform's submissions (first submit run) and status reads per
/// second against an earlier run's, met when each is within 5 % or faster — and void unless both runs were quiet.
/// </summary>
public sealed class BaselineComparison(string baseline, string results)
{
    public const double Tolerance = 0.05;

    private static readonly (string Run, string Measure)[] Compared =
        [("submit-platform-small", "submits/s"), ("status-platform", "status reads/s")];

    public string Describe()
    {
        var ratios = Compared.Select(c => (c.Measure, Ratio: Ratio(c.Run))).ToList();
        var shown = string.Join(", ", ratios.Select(r => r.Ratio is { } ratio
            ? string.Create(CultureInfo.InvariantCulture, $"{r.Measure} {ratio:F2}×")
            : $"{r.Measure} –"));
        var verdict = !QuietWatch.AllQuiet(QuietWatch.ReadAll(baseline)) || !QuietWatch.AllQuiet(QuietWatch.ReadAll(results))
            ? "**VOID (busy machine)**: both runs must be quiet"
            : ratios.All(r => r.Ratio >= 1 - Tolerance) ? "**met**" : "**not met**";
        return $"Against `{Path.GetFileName(baseline.TrimEnd('/'))}` (this run / that run, platform): {shown}; within 5 % or faster: {verdict}.";
    }

    private double? Ratio(string run) =>
        Read(results, run)?.OkPerSecond is { } now && Read(baseline, run)?.OkPerSecond is > 0 and var before ? now / before : null;

    private static WrkResult? Read(string folder, string run)
    {
        var path = Path.Combine(folder, run + ".json");
        return File.Exists(path) ? JsonSerializer.Deserialize<WrkResult>(File.ReadAllText(path), HarnessJson.Options) : null;
    }
}
