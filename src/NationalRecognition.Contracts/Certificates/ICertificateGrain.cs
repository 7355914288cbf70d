using NationalRecognition.Contracts.Common;
using Orleans.Concurrency;

namespace NationalRecognition.Contracts.Certificates;

/// <summary>
/// The registry entry of one certificate, keyed by <see cref="CertificateKeys"/>: the verified record from
/// its issuer (the labour exchange feed, qualification centres) and every recognition granted on it.
/// </summary>
[Alias("nr.ICertificateGrain")]
public interface ICertificateGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records a certificate verified at its source; repeating the same record changes nothing, a changed record
    /// becomes the next version (the earlier kept in the history). An exchange certificate's profession must be on
    /// the list of its issue year (clause 10.3).
    /// </summary>
    [Alias("RegisterVerified")]
    Task<CertificateRecord> RegisterVerified(CertificateInfo certificate, Actor actor);

    /// <summary>
    /// <see cref="RegisterVerified"/> for one record of a feed batch: never throws a refusal, answers it as a
    /// <see cref="FeedOutcome.Rejected"/> result. The batch key makes a replay of the same batch answer as it did.
    /// </summary>
    [Alias("RegisterFromFeed")]
    Task<FeedRecordResult> RegisterFromFeed(int index, CertificateInfo certificate, string batchKey, Actor actor);

    /// <summary>The verified record with its version, only for its holder: another IIN is refused.</summary>
    [Alias("GetVerifiedForHolder"), ReadOnly]
    Task<HeldCertificate> GetForHolder(string holderIin);

    [Alias("Get"), ReadOnly]
    Task<CertificateRecord?> Get(Actor actor);

    /// <summary>
    /// Claims recognition of an appendix entry for a discipline at an institution. Retry-safe for the same
    /// application; another application claiming the same entry, unit and institution is refused.
    /// </summary>
    [Alias("ClaimRecognition")]
    Task ClaimRecognition(CertificateInfo certificate, RecognitionClaim claim);

    /// <summary>Whether another application already holds a claim (checked at submission, before the decision).</summary>
    [Alias("FindConflictingClaim"), ReadOnly]
    Task<RecognitionClaim?> FindConflictingClaim(string appendixEntryName, string institutionBin, string unitCode, Guid applicationId);
}
