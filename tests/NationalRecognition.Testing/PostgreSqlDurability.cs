namespace NationalRecognition.Testing;

/// <summary>Whether a throw-away PostgreSQL server keeps what it acknowledged through a crash.</summary>
public enum PostgreSqlDurability
{
    /// <summary>
    /// <c>fsync</c>, <c>synchronous_commit</c> and <c>full_page_writes</c> off: fast, and enough for every test that never
    /// crashes the server — but a crash can lose a commit the server already acknowledged.
    /// </summary>
    Fast,

    /// <summary>PostgreSQL's defaults (all three on): a commit is acknowledged only once it is on disk, and survives a crash.</summary>
    Durable,
}
