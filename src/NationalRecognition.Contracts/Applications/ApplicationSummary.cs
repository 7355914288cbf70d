using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;

namespace NationalRecognition.Contracts.Applications;

/// <summary>
/// The snapshot an application sends to the listings that index it (queue, learner, institution; later the
/// statistics). <see cref="Version"/> grows with every change, so receivers keep the newest and ignore repeats.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.ApplicationSummary")]
public sealed record ApplicationSummary(
    [property: Id(0)] Guid Id,
    [property: Id(1)] int Version,
    [property: Id(2)] ApplicationStatus Status,
    [property: Id(3)] string LearnerIin,
    [property: Id(4)] string InstitutionBin,
    [property: Id(5)] string CommissionId,
    [property: Id(6)] string ProgrammeCode,
    [property: Id(7)] string AcademicPeriodId,
    [property: Id(8)] DateTimeOffset SubmittedAt,
    [property: Id(9)] DateTimeOffset UpdatedAt,
    [property: Id(10)] IReadOnlyList<IssuerKind> IssuerKinds,
    [property: Id(11)] int UnitsRequested,
    [property: Id(12)] int UnitsRecognised,
    [property: Id(13)] decimal CreditsRecognised);
