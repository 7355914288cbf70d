using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Certificates;

namespace NationalRecognition.Grains.Events;

[PlatformEvent("CertificateRegistered", 1)]
public sealed record CertificateRegistered(
    string RegistryKey,
    CertificateSource Source,
    DocumentKind DocumentKind,
    IssuerKind? IssuerKind,
    string? Platform,
    DateOnly IssueDate) : IPlatformEvent
{
    public string Describe() => $"certificate {RegistryKey} recorded ({Source})";
}

[PlatformEvent("CertificateRecognitionClaimed", 1)]
public sealed record CertificateRecognitionClaimed(string RegistryKey, RecognitionClaim Claim) : IPlatformEvent
{
    public string Describe() => $"'{Claim.AppendixEntryName}' recognised for {Claim.UnitCode} by application {Claim.ApplicationId}";
}
