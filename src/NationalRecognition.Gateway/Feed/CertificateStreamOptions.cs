namespace NationalRecognition.Gateway.Feed;

/// <summary>The NDJSON certificate stream beside <c>/graphql</c> ("CertificateStream" section).</summary>
public sealed class CertificateStreamOptions
{
    public const string SectionName = "CertificateStream";

    public string Path { get; set; } = "/feed/certificates";

    /// <summary>Records sent to the cluster as one batch (at most 1,000).</summary>
    public int ChunkSize { get; set; } = 500;

    /// <summary>
    /// Batches of one stream in the cluster at once. Memory stays bounded by this times <see cref="ChunkSize"/> records,
    /// whatever the file's size; results still come back in the file's order.
    /// </summary>
    public int ChunksInFlight { get; set; } = 4;

    /// <summary>Longest line accepted; a longer one is rejected on its own and the stream goes on.</summary>
    public int MaxLineBytes { get; set; } = 64 * 1024;

    /// <summary>Largest stream accepted (Kestrel's 30 MB default would stop a file of 100,000 records).</summary>
    public long MaxStreamBytes { get; set; } = 2L * 1024 * 1024 * 1024;
}
