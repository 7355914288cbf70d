using System.Text.Json;

namespace NationalRecognition.Benchmarks;

/// <summary>How the harness writes and reads its result files.</summary>
public static class HarnessJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };
}
