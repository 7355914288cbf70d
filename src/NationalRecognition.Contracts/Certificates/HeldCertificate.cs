namespace NationalRecognition.Contracts.Certificates;

/// <summary>A registry certificate as its holder attaches it: the record, where it came from, and its version.</summary>
[GenerateSerializer, Immutable, Alias("nr.HeldCertificate")]
public sealed record HeldCertificate(
    [property: Id(0)] CertificateInfo Certificate,
    [property: Id(1)] CertificateSource Source,
    [property: Id(2)] int Version);
