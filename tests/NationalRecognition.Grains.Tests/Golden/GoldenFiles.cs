using System.Collections.Concurrent;
using System.Text;

namespace NationalRecognition.Grains.Tests.Golden;

/// <summary>
/// The checked-in payloads, in Golden/Payloads of this project's source folder: NAME.b64 (the bytes, base64)
/// and NAME.json (the values they hold) for today's shape, NAME.TAG.b64/.json for shapes kept from before.
/// </summary>
internal static class GoldenFiles
{
    public const string BytesExtension = ".b64";
    public const string ValuesExtension = ".json";

    private const int LineLength = 76;

    // Payloads written by this run: the tests that made them must fail, never pass on their own output.
    private static readonly ConcurrentDictionary<string, bool> WrittenThisRun = new(StringComparer.Ordinal);

    public static string Folder { get; } = Path.Combine(ProjectFolder(), "Golden", "Payloads");

    public static string PathOf(string name, string extension) => Path.Combine(Folder, name + extension);

    /// <summary>The file names (without extension) of every payload of a case: today's first, then those kept.</summary>
    public static IReadOnlyList<string> PayloadsOf(string name) =>
        Directory.EnumerateFiles(Folder, "*" + BytesExtension)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(file => CaseOf(file) == name)
            .OrderBy(file => file == name ? 0 : 1)
            .ThenBy(file => file, StringComparer.Ordinal)
            .ToList();

    /// <summary>The case a payload file belongs to: the part of its name before the first dot.</summary>
    public static string CaseOf(string fileName) => fileName.Split('.')[0];

    public static bool WasWrittenThisRun(string name) => WrittenThisRun.ContainsKey(name);

    public static byte[] ReadBytes(string file)
    {
        var text = File.ReadAllText(PathOf(file, BytesExtension));
        return Convert.FromBase64String(string.Concat(text.Where(c => !char.IsWhiteSpace(c))));
    }

    public static string ReadValues(string file) => File.ReadAllText(PathOf(file, ValuesExtension));

    /// <summary>Writes today's payload of a case, for a developer to review and commit.</summary>
    public static void Write(string name, byte[] bytes, string values)
    {
        Directory.CreateDirectory(Folder);
        var base64 = Convert.ToBase64String(bytes);
        var lines = new StringBuilder();
        for (var i = 0; i < base64.Length; i += LineLength)
        {
            lines.Append(base64.AsSpan(i, Math.Min(LineLength, base64.Length - i))).Append('\n');
        }

        File.WriteAllText(PathOf(name, BytesExtension), lines.ToString());
        File.WriteAllText(PathOf(name, ValuesExtension), values.ReplaceLineEndings("\n") + "\n");
        WrittenThisRun[name] = true;
    }

    /// <summary>This test project's source folder, where the golden files are checked in.</summary>
    public static string ProjectFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NationalRecognition.Grains.Tests.csproj")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"NationalRecognition.Grains.Tests.csproj not found above {AppContext.BaseDirectory}.");
    }
}
