using NationalRecognition.Domain.Certificates;

namespace NationalRecognition.Contracts.Certificates;

/// <summary>A confirming document (clause 10) or a certificate of professional qualification.</summary>
[GenerateSerializer, Immutable, Alias("nr.CertificateInfo")]
public sealed record CertificateInfo(
    [property: Id(0)] DocumentKind DocumentKind,
    [property: Id(1)] IssuerKind? IssuerKind,
    [property: Id(2)] IssuerSubKind? IssuerSubKind,
    [property: Id(3)] string IssuerName,
    [property: Id(4)] string? Platform,
    [property: Id(5)] string Number,
    [property: Id(6)] DateOnly IssueDate,
    [property: Id(7)] string HolderName,
    [property: Id(8)] string? HolderIin,
    [property: Id(9)] IReadOnlyList<AppendixEntryInfo> Appendix,
    [property: Id(10)] string? VerificationUrl = null,
    [property: Id(11)] ProfessionalQualificationInfo? ProfessionalQualification = null,
    [property: Id(12)] string? InDemandProfession = null);
