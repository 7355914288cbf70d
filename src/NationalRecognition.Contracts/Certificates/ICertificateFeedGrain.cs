using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Contracts.Certificates;

/// <summary>
/// One batch of the exchange's certificate feed, keyed by <see cref="CertificateFeedKeys.Batch"/> (the feed's subject and
/// the batch's idempotency key). It registers each record in the registry and keeps the results, so that a retry
/// with the same key and records gets the same answer and a reused key with other records is refused.
/// </summary>
[Alias("nr.ICertificateFeedGrain")]
public interface ICertificateFeedGrain : IGrainWithStringKey
{
    /// <summary>
    /// At most <see cref="CertificateFeedKeys.MaxBatchSize"/> records; a bad record is rejected on its own. A full batch
    /// under load takes longer than a single command, so it has its own response timeout: a caller that gave up early
    /// would retry into the queue behind the batch it is still waiting for.
    /// </summary>
    [Alias("Submit"), ResponseTimeout("00:02:00")]
    Task<CertificateFeedBatch> Submit(string idempotencyKey, IReadOnlyList<CertificateFeedRecord> records, Actor actor);
}
