namespace NationalRecognition.Importer;

/// <summary>Records by result: the platform's four outcomes, and the rows the importer could not read at all.</summary>
public sealed record ImportCounts
{
    public long Accepted { get; init; }

    public long Unchanged { get; init; }

    public long Updated { get; init; }

    /// <summary>Refused by the platform (or, in a dry run, by the rules checked offline).</summary>
    public long Rejected { get; init; }

    /// <summary>Rows that could not be read as a record (broken JSON, another encoding, a short CSV row): never sent.</summary>
    public long Unreadable { get; init; }

    public long Total => Accepted + Unchanged + Updated + Rejected + Unreadable;

    public ImportCounts Add(string outcome) => outcome switch
    {
        "ACCEPTED" => this with { Accepted = Accepted + 1 },
        "UNCHANGED" => this with { Unchanged = Unchanged + 1 },
        "UPDATED" => this with { Updated = Updated + 1 },
        _ => this with { Rejected = Rejected + 1 },
    };
}
