using System.Text.Json;
using NationalRecognition.Domain.Certificates;

namespace NationalRecognition.Reference.Submissions;

/// <summary>The platform's <c>CertificateInput</c>; enum values as GraphQL spells them (NON_FORMAL_EDUCATION_CERTIFICATE).</summary>
public sealed record CertificateInput(
    DocumentKind DocumentKind,
    IssuerKind? IssuerKind,
    IssuerSubKind? IssuerSubKind,
    string? IssuerName,
    string? Platform,
    string? Number,
    DateOnly? IssueDate,
    string? HolderName,
    string? HolderIin,
    IReadOnlyList<AppendixEntryInput>? Appendix,
    string? VerificationUrl = null,
    JsonElement? ProfessionalQualification = null,
    string? InDemandProfession = null);
