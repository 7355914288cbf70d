using System.Globalization;
using System.Runtime.InteropServices;

namespace NationalRecognition.Benchmarks;

/// <summary>What the numbers were measured on: cores, CPU model and memory (from /proc on Linux).</summary>
public static class MachineFacts
{
    public static string Describe()
    {
        var cpu = ReadProc("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadProc("/proc/meminfo", "MemTotal") is { } total
            && long.TryParse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kb)
            ? string.Create(CultureInfo.InvariantCulture, $"{kb / 1024.0 / 1024.0:F1} GiB RAM")
            : "RAM unknown";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores (nproc), {cpu}, {memory}; {RuntimeInformation.OSDescription}; .NET {Environment.Version}");
    }

    private static string? ReadProc(string path, string key) =>
        File.Exists(path)
            ? File.ReadLines(path).Where(l => l.StartsWith(key, StringComparison.Ordinal)).Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault()
            : null;
}
