using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Contracts.Applications;

/// <summary>
/// Where one confirming document of an application came from: a registry certificate verified at its source (its key
/// and the version attached), or a certificate the learner supplied (no key, no version).
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.DocumentProvenance")]
public sealed record DocumentProvenance(
    [property: Id(0)] string? RegistryKey,
    [property: Id(1)] CertificateSource Source,
    [property: Id(2)] int? Version)
{
    public bool SourceVerified => Source == CertificateSource.VerifiedByIssuer;
}
