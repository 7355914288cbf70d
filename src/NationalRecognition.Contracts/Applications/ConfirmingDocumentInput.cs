using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Contracts.Applications;

/// <summary>
/// A confirming document for an application: either a certificate from the registry attached by its number
/// (verified at the source, the learner's own IIN required), or a certificate the learner supplies.
/// Exactly one of the two is set.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.ConfirmingDocumentInput")]
public sealed record ConfirmingDocumentInput(
    [property: Id(0)] string? RegistryKey = null,
    [property: Id(1)] CertificateInfo? Certificate = null);
