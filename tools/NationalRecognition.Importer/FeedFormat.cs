namespace NationalRecognition.Importer;

/// <summary>The file formats the importer reads.</summary>
public enum FeedFormat
{
    /// <summary>Chosen by the file's extension: .csv is CSV, anything else NDJSON.</summary>
    Auto = 0,

    /// <summary>One JSON object a line (.ndjson, .jsonl).</summary>
    Ndjson = 1,

    /// <summary>RFC 4180 with a header row naming the fields.</summary>
    Csv = 2,
}
