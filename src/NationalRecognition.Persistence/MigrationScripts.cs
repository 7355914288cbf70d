using System.Globalization;
using System.Reflection;

namespace NationalRecognition.Persistence;

/// <summary>The scripts embedded in this assembly from the Migrations folder.</summary>
public static class MigrationScripts
{
    private const string ResourceMarker = ".Migrations.";

    /// <summary>All embedded scripts, ordered by version.</summary>
    public static IReadOnlyList<MigrationScript> All { get; } = Load(typeof(MigrationScripts).Assembly);

    /// <summary>Reads the scripts embedded in <paramref name="assembly"/>; fails on a malformed name or a duplicate version.</summary>
    public static IReadOnlyList<MigrationScript> Load(Assembly assembly)
    {
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var marker = resource.IndexOf(ResourceMarker, StringComparison.Ordinal);
            if (marker < 0 || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = resource[(marker + ResourceMarker.Length)..^".sql".Length];
            var separator = fileName.IndexOf('_', StringComparison.Ordinal);
            if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration script '{fileName}.sql' must be named '<version>_<name>.sql'.");
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded script '{resource}' could not be opened.");
            using var reader = new StreamReader(stream);
            scripts.Add(new MigrationScript(version, fileName[(separator + 1)..], reader.ReadToEnd()));
        }

        var duplicate = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two migration scripts share version {duplicate.Key}.");
        }

        return [.. scripts.OrderBy(s => s.Version)];
    }
}
