using Orleans.Concurrency;
using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Contracts.Certificates;

/// <summary>
/// The registry entry of one certificate, keyed by <see cref="CertificateKeys"/>: the verified record from
/// its issuer (the labour exchange feed, qualification centres) and every recognition granted on it.
/// </summary>
[Alias("nr.ICertificateGrain")]
public interface ICertificateGrain : IGrainWithStringKey
{
    /// <summary>Records a certificate verified at its source; repeating the same record changes nothing.</summary>
    [Alias("RegisterVerified")]
    Task<CertificateRecord> RegisterVerified(CertificateInfo certificate, Actor actor);

    /// <summary>The verified record, only for its holder: another IIN is refused.</summary>
    [Alias("GetForHolder"), ReadOnly]
    Task<CertificateInfo> GetForHolder(string holderIin);

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
