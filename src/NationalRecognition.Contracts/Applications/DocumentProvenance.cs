using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Contracts.Applications;

/// <summary>
/// Where one confirming document of an application came from: a registry certificate verified at its source (its key
/// and the version attached), or a certificate the learner supplied (no key, no version). <see cref="HolderNameMatches"/>
/// flags to the Commission a holder's name that does not match the applicant's (false), checked tolerant of case, order
/// and alphabet; null for applications submitted before names were compared.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.DocumentProvenance")]
public sealed record DocumentProvenance(
    [property: Id(0)] string? RegistryKey,
    [property: Id(1)] CertificateSource Source,
    [property: Id(2)] int? Version,
    [property: Id(3)] bool? HolderNameMatches = null)
{
    public bool SourceVerified => Source == CertificateSource.VerifiedByIssuer;
}
