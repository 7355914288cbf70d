namespace NationalRecognition.Contracts.Certificates;

/// <summary>
/// The answer to one feed batch: a result per record, in the batch's order. <see cref="Replayed"/> says the batch's
/// idempotency key was used before with the same records and these are the results recorded then.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.CertificateFeedBatch")]
public sealed record CertificateFeedBatch(
    [property: Id(0)] string IdempotencyKey,
    [property: Id(1)] IReadOnlyList<FeedRecordResult> Results,
    [property: Id(2)] bool Replayed);
