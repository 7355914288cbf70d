using NationalRecognition.Contracts.Certificates;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Contracts.Applications;

/// <summary>
/// An application as the Commission, the learner and the institution see it. <see cref="Provenance"/> says, document
/// by document, whether it came from the registry verified at its source and which version of it was attached.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.ApplicationInfo")]
public sealed record ApplicationInfo(
    [property: Id(0)] Guid Id,
    [property: Id(1)] int Version,
    [property: Id(2)] ApplicationStatus Status,
    [property: Id(3)] string LearnerIin,
    [property: Id(4)] string LearnerName,
    [property: Id(5)] string InstitutionBin,
    [property: Id(6)] string CommissionId,
    [property: Id(7)] string AddressedTo,
    [property: Id(8)] string ProgrammeCode,
    [property: Id(9)] AcademicPeriodInfo Period,
    [property: Id(10)] IReadOnlyList<CurriculumUnit> Units,
    [property: Id(11)] IReadOnlyList<CertificateInfo> Documents,
    [property: Id(12)] string RuleVersionId,
    [property: Id(13)] DateTimeOffset SubmittedAt,
    [property: Id(14)] IReadOnlyList<ComparisonRecord> Comparisons,
    [property: Id(15)] DecisionRecord? Decision,
    [property: Id(16)] string? WithdrawalReason,
    [property: Id(17)] string? Statement,
    [property: Id(18)] DateTimeOffset UpdatedAt,
    [property: Id(19)] IReadOnlyList<DocumentProvenance>? Provenance = null);
