namespace NationalRecognition.Grains.Exchange;

/// <summary>How a feed batch reaches the registry ("CertificateFeed" section).</summary>
public sealed class CertificateFeedOptions
{
    public const string SectionName = "CertificateFeed";

    /// <summary>
    /// Records of one batch written at the same time. Each is one certificate grain and one database write; a few
    /// dozen in flight let PostgreSQL commit them in groups without taking every pooled connection for one batch.
    /// </summary>
    public int MaxParallelRecords { get; set; } = 32;
}
