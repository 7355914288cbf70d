using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Grains.ReadModels.Projector;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>A change the statistics projection makes; <see cref="StatisticsLedger"/> folds them into aggregate rows.</summary>
public abstract record StatisticsChange : ReadModelChange;

/// <summary>An institution's kinds, region and ministries as registered or last updated.</summary>
public sealed record InstitutionDescribed(string Bin, IReadOnlyList<InstitutionKind> Kinds, Region Region, IReadOnlyList<Ministry> Ministries) : StatisticsChange;

/// <summary>An academic period's start, which places it in an academic year.</summary>
public sealed record PeriodDescribed(string Bin, string PeriodId, DateOnly StartDate) : StatisticsChange;

/// <summary>A submitted application with the facts it is counted by.</summary>
public sealed record ApplicationOpened(
    Guid ApplicationId,
    int Version,
    ApplicationStatus Status,
    string Bin,
    string PeriodId,
    InstitutionKind ProgrammeLevel,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<IssuerKind> IssuerKinds,
    IReadOnlyList<MoocPlatform> Platforms,
    IReadOnlyList<string> Professions) : StatisticsChange;

/// <summary>An application's new status; for a decision, what it decided.</summary>
public sealed record ApplicationMoved(
    Guid ApplicationId,
    int Version,
    ApplicationStatus Status,
    DateTimeOffset At,
    int UnitsRecognised,
    int UnitsRefused,
    decimal CreditsRecognised) : StatisticsChange;

/// <summary>
/// A submission refused at the door, with the clause it cites and the institution it was addressed to, if known;
/// <paramref name="RecordId"/> names the refusal's event (its log position), which its record key is drawn from.
/// </summary>
public sealed record SubmissionRefused(string? AddressedBin, string Clause, DateTimeOffset At, string? RecordId = null) : StatisticsChange;
