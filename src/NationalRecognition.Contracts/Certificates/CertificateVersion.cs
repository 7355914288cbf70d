namespace NationalRecognition.Contracts.Certificates;

/// <summary>An earlier version of a registry certificate, kept when its source sent a changed record.</summary>
[GenerateSerializer, Immutable, Alias("nr.CertificateVersion")]
public sealed record CertificateVersion(
    [property: Id(0)] int Version,
    [property: Id(1)] CertificateInfo Certificate,
    [property: Id(2)] DateTimeOffset RecordedAt);
