namespace NationalRecognition.Contracts.Certificates;

/// <summary>A certificate as the registry holds it: its current version, and the earlier versions its source replaced.</summary>
[GenerateSerializer, Immutable, Alias("nr.CertificateRecord")]
public sealed record CertificateRecord(
    [property: Id(0)] string Key,
    [property: Id(1)] CertificateInfo Certificate,
    [property: Id(2)] CertificateSource Source,
    [property: Id(3)] DateTimeOffset RecordedAt,
    [property: Id(4)] IReadOnlyList<RecognitionClaim> Recognitions,
    [property: Id(5)] int Version = 1,
    [property: Id(6)] IReadOnlyList<CertificateVersion>? History = null);
