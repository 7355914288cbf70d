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

    /// <summary>
    /// The idempotency key of the <paramref name="batch"/>-th batch of the NDJSON stream sent with
    /// <paramref name="streamKey"/>: "key n". A space, which no <c>feedCertificates</c> key may hold (the GraphQL door
    /// refuses it), so a stream's batch never answers for a GraphQL batch nor the other way round.
    /// </summary>
    public static string StreamBatch(string streamKey, int batch) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{streamKey} {batch}");

    /// <summary>
    /// The key a stream batch had before stream keys were namespaced ("key/n", which a GraphQL key could also be), when
    /// <paramref name="idempotencyKey"/> is a stream batch's (<see cref="StreamBatch"/>); null for any other key. A
    /// stream sent before the change and retried after it is answered from what its batches recorded under that key.
    /// </summary>
    public static string? LegacyStreamBatch(string idempotencyKey)
    {
        var space = idempotencyKey.LastIndexOf(' ');
        return space > 0 && space < idempotencyKey.Length - 1 && idempotencyKey.AsSpan(space + 1).IndexOfAnyExceptInRange('0', '9') < 0
            ? $"{idempotencyKey[..space]}/{idempotencyKey[(space + 1)..]}"
            : null;
    }
}
