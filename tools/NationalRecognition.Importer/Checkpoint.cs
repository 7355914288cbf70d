using System.Text.Json;

namespace NationalRecognition.Importer;

/// <summary>
/// How far an import got: every record through <see cref="ThroughLine"/> is answered and in the report (whose length
/// was <see cref="ReportBytes"/>), in <see cref="Batches"/> batches. Written after each batch, atomically (a new file
/// renamed over the old), so a kill at any moment leaves the last complete checkpoint.
/// </summary>
public sealed record Checkpoint
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public required string FileSha256 { get; init; }

    public required int BatchSize { get; init; }

    public long ThroughLine { get; init; }

    public int Batches { get; init; }

    public long ReportBytes { get; init; }

    public ImportCounts Counts { get; init; } = new();

    public static Checkpoint? Load(FileInfo file)
    {
        file.Refresh();
        return file.Exists ? JsonSerializer.Deserialize<Checkpoint>(File.ReadAllText(file.FullName), Json) : null;
    }

    public void Save(FileInfo file)
    {
        var temporary = file.FullName + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(this, Json));
        File.Move(temporary, file.FullName, overwrite: true);
    }
}
