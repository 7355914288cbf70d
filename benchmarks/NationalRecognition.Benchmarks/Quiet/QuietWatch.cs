using System.Diagnostics;
using System.Text.Json;

namespace NationalRecognition.Benchmarks.Quiet;

/// <summary>
/// Samples /proc through one measured run, from its start until the stop file appears, and writes the verdict:
/// benchmarks/lib/quiet.sh starts it before the run and creates the stop file after it. It also stops when a root
/// has gone (the script was killed), so that it never outlives the benchmark.
/// </summary>
public static class QuietWatch
{
    public static async Task<QuietVerdict> Run(
        string run, IReadOnlySet<int> roots, string stopFile, string readyFile, TimeSpan interval, double maxOtherCores)
    {
        var attribution = new CpuAttribution(roots);
        var total = CpuShare.None;
        var previous = CpuSample.Take();
        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        await File.WriteAllTextAsync(readyFile, string.Empty);
        var stopped = false;
        while (!stopped)
        {
            // Look for the stop file often, sample once per interval: /proc is read for every process each time.
            while (!(stopped = File.Exists(stopFile) || roots.Any(r => !Directory.Exists($"/proc/{r}"))) && clock.Elapsed - last < interval)
            {
                await Task.Delay(50);
            }

            var sample = CpuSample.Take();
            var now = clock.Elapsed;
            total = total.Add(attribution.Between(previous, sample, (now - last).TotalSeconds));
            (previous, last) = (sample, now);
        }

        return new QuietVerdict(run, maxOtherCores, total);
    }

    public static async Task Write(QuietVerdict verdict, string path) =>
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(verdict, HarnessJson.Options));

    /// <summary>The verdicts of every measured run in a results folder (quiet-*.json), in the order the runs were made.</summary>
    public static IReadOnlyList<QuietVerdict> ReadAll(string results) =>
        Directory.Exists(results)
            ? [.. Directory.EnumerateFiles(results, "quiet-*.json").OrderBy(File.GetLastWriteTimeUtc)
                .Select(f => JsonSerializer.Deserialize<QuietVerdict>(File.ReadAllText(f), HarnessJson.Options)!)]
            : [];

    /// <summary>A run was quiet when every measured part of it was; one without any record was not.</summary>
    public static bool AllQuiet(IReadOnlyList<QuietVerdict> verdicts) => verdicts.Count > 0 && verdicts.All(v => v.Quiet);
}
