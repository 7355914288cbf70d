using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Domain.Certificates;

namespace NationalRecognition.Grains.Events;

[RecognitionEvent("CertificateRegistered", 1)]
public sealed record CertificateRegistered(
    string RegistryKey,
    CertificateSource Source,
    DocumentKind DocumentKind,
    IssuerKind? IssuerKind,
    string? Platform,
    DateOnly IssueDate) : IRecognitionEvent
{
    public string Describe() => $"certificate {RegistryKey} recorded ({Source})";
}

[RecognitionEvent("CertificateRecognitionClaimed", 1)]
public sealed record CertificateRecognitionClaimed(string RegistryKey, RecognitionClaim Claim) : IRecognitionEvent
{
    public string Describe() => $"'{Claim.AppendixEntryName}' recognised for {Claim.UnitCode} by application {Claim.ApplicationId}";
}
