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

    /// <summary>The checkpoint in the file, null when there is none; one that cannot be read is refused, saying what to do.</summary>
    public static Checkpoint? Load(FileInfo file)
    {
        file.Refresh();
        if (!file.Exists)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<Checkpoint>(File.ReadAllText(file.FullName), Json)
                ?? throw new JsonException("The checkpoint is null.");
        }
        catch (JsonException exception)
        {
            throw new ImportFailedException(
                $"The checkpoint {file.FullName} cannot be read ({exception.Message}): delete it to import the file again from the start (the platform answers the batches it has as before).",
                exception);
        }
    }

    public void Save(FileInfo file)
    {
        var temporary = file.FullName + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, this, Json);

            // On disk before the rename, so that a power cut cannot leave the new name on an empty file.
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, file.FullName, overwrite: true);
    }
}
