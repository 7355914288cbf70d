using NationalRecognition.Domain.Certificates;

namespace NationalRecognition.Contracts.Certificates;

/// <summary>
/// A confirming document (clause 10) or a certificate of professional qualification. For the exchange's certificates
/// (10.3) <see cref="InDemandProfession"/> is the profession's code on the list of the issue year and
/// <see cref="TrainingProvider"/> the organisation that gave the course. For an employer's training centre (10.2)
/// <see cref="EducationalActivityRight"/> is its licence or notification number; for training at the employer's
/// workplace <see cref="EmployerRequestReference"/> is the reference of the employer's request.
/// </summary>
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
    [property: Id(12)] string? InDemandProfession = null,
    [property: Id(13)] string? TrainingProvider = null,
    [property: Id(14)] string? EducationalActivityRight = null,
    [property: Id(15)] string? EmployerRequestReference = null);
