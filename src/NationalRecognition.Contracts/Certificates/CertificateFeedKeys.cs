namespace NationalRecognition.Contracts.Certificates;

/// <summary>Keys and limits of the certificate feed.</summary>
public static class CertificateFeedKeys
{
    /// <summary>Most records in one batch (a GraphQL mutation, or one chunk of a stream).</summary>
    public const int MaxBatchSize = 1000;

    /// <summary>Longest idempotency key accepted.</summary>
    public const int MaxIdempotencyKeyLength = 200;

    /// <summary>A batch's grain key: the same key used by two feed clients names two batches.</summary>
    public static string Batch(string subjectId, string idempotencyKey) => $"{subjectId.Length}:{subjectId}/{idempotencyKey}";
}
