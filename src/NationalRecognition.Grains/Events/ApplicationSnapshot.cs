using NationalRecognition.Contracts.Applications;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;

namespace NationalRecognition.Grains.Events;

/// <summary>
/// The application after a change, as its events store it. The log's own record, apart from the wire's
/// <see cref="ApplicationSummary"/>, so that the wire can change without changing what the log holds; its members
/// are those the summary had when events stored it, so every stored event reads as it was written.
/// </summary>
public sealed record ApplicationSnapshot(
    Guid Id,
    int Version,
    ApplicationStatus Status,
    string LearnerIin,
    string InstitutionBin,
    string CommissionId,
    string ProgrammeCode,
    string AcademicPeriodId,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<IssuerKind> IssuerKinds,
    int UnitsRequested,
    int UnitsRecognised,
    decimal CreditsRecognised)
{
    /// <summary>The listing row the projector keeps for the application.</summary>
    public ApplicationSummary ToSummary() => new(
        Id, Version, Status, LearnerIin, InstitutionBin, CommissionId, ProgrammeCode, AcademicPeriodId, SubmittedAt, UpdatedAt,
        IssuerKinds, UnitsRequested, UnitsRecognised, CreditsRecognised);
}
