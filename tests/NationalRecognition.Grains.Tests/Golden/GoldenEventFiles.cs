using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace NationalRecognition.Grains.Tests.Golden;

/// <summary>
/// The checked-in event payloads, in Golden/Events of this project's source folder: NAME.vVERSION.json holds
/// exactly the string the log stores for today's sample of that event and schema version (no final newline),
/// NAME.vVERSION.TAG.json one kept from an earlier way of writing the same version.
/// </summary>
internal static partial class GoldenEventFiles
{
    // Events written by this run: the tests that made them must fail, never pass on their own output.
    private static readonly ConcurrentDictionary<string, bool> WrittenThisRun = new(StringComparer.Ordinal);

    public static string Folder { get; } = Path.Combine(GoldenFiles.ProjectFolder(), "Golden", "Events");

    /// <summary>The key of an event's golden files: its stored name and schema version, NAME.vVERSION.</summary>
    public static string KeyOf(string name, int schemaVersion) => $"{name}.v{schemaVersion}";

    /// <summary>The name of today's golden file of a key.</summary>
    public static string FileOf(string key) => key + ".json";

    public static string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>Today's file of a key and every file kept for it (NAME.vVERSION.TAG.json), today's first.</summary>
    public static IReadOnlyList<string> FilesOf(string key) =>
        All()
            .Where(file => Parse(file) is { } parsed && KeyOf(parsed.Name, parsed.SchemaVersion) == key)
            .OrderBy(file => Parse(file)?.Tag is null ? 0 : 1)
            .ThenBy(file => file, StringComparer.Ordinal)
            .ToList();

    /// <summary>The name of every file in the folder.</summary>
    public static IReadOnlyList<string> All() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The stored name, schema version and tag (null for today's file) a file name stands for, or null for a stray.</summary>
    public static (string Name, int SchemaVersion, string? Tag)? Parse(string file) =>
        FileName().Match(file) is { Success: true } match
            && int.TryParse(match.Groups["version"].ValueSpan, out var version)
            ? (match.Groups["name"].Value, version, match.Groups["tag"].Success ? match.Groups["tag"].Value : null)
            : null;

    // Read and written as UTF-8 without a byte order mark, with no newline added: the file is the payload.
    public static string Read(string file) => File.ReadAllText(PathOf(file));

    public static bool WasWrittenThisRun(string key) => WrittenThisRun.ContainsKey(key);

    /// <summary>Writes today's payload of an event, for a developer to review and commit.</summary>
    public static void Write(string key, string payload)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(PathOf(FileOf(key)), payload);
        WrittenThisRun[key] = true;
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z][A-Za-z0-9]*)\.v(?<version>[1-9][0-9]{0,8})(\.(?<tag>[A-Za-z0-9-]+))?\.json$")]
    private static partial Regex FileName();
}
