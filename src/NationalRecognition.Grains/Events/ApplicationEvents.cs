using System.Globalization;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Grains.Privacy;

namespace NationalRecognition.Grains.Events;

/// <summary>
/// Schema 2 adds what the statistics break applications down by and the log held nowhere else: the MOOC platforms
/// (clause 10.4) and the labour exchange's in-demand professions (clause 10.3) of the documents.
/// </summary>
[PlatformEvent("ApplicationSubmitted", 2)]
public sealed record ApplicationSubmitted(
    ApplicationSnapshot Summary,
    string RuleVersionId,
    InstitutionKind ProgrammeLevel,
    int DocumentCount,
    IReadOnlyList<MoocPlatform> Platforms,
    IReadOnlyList<string> Professions) : IApplicationEvent
{
    public string Describe() => $"{Summary.UnitsRequested} discipline(s)/module(s), {DocumentCount} document(s), rules {RuleVersionId}";
}

/// <summary>The reader of schema 1, which the log keeps: no platforms or professions.</summary>
[PlatformEvent("ApplicationSubmitted", 1)]
public sealed record ApplicationSubmittedV1(
    ApplicationSnapshot Summary,
    string RuleVersionId,
    InstitutionKind ProgrammeLevel,
    int DocumentCount) : IApplicationEvent
{
    public string Describe() => $"{Summary.UnitsRequested} discipline(s)/module(s), {DocumentCount} document(s), rules {RuleVersionId}";
}

[PlatformEvent("ApplicationReviewStarted", 1)]
public sealed record ApplicationReviewStarted(ApplicationSnapshot Summary) : IApplicationEvent
{
    public string Describe() => "taken into review by the Commission";
}

/// <summary>
/// One appendix entry compared with one unit. Several entries may now be compared with one unit (their coverage
/// combines); the entry is in the application's record, so the event keeps its shape (a new schema version would be
/// skipped by the projectors of silos not yet upgraded, leaving listings a version behind during a rolling upgrade).
/// </summary>
[PlatformEvent("ComparisonRecorded", 1)]
public sealed record ComparisonRecorded(
    ApplicationSnapshot Summary,
    string UnitCode,
    int DocumentIndex,
    decimal Coverage,
    VolumeVerdict Volume,
    string Recommendation) : IApplicationEvent
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{UnitCode} against document {DocumentIndex}: coverage {Coverage:0.##}, volume {Volume}, {Recommendation}");
}

[PlatformEvent("ApplicationDecided", 1)]
public sealed record ApplicationDecided(
    ApplicationSnapshot Summary,
    string ProtocolNumber,
    DateOnly ProtocolDate,
    IReadOnlyList<UnitDecisionRecord> Units) : IApplicationEvent
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Summary.Status} by protocol {ProtocolNumber} of {ProtocolDate:yyyy-MM-dd}");
}

/// <summary>
/// Schema 2 seals the learner's reason under their data key (<see cref="SealedText"/>): it is theirs, not the
/// institution's record, and reads as erased once the key is shredded (docs/privacy.md).
/// </summary>
[PlatformEvent("ApplicationWithdrawn", 2)]
public sealed record ApplicationWithdrawn(ApplicationSnapshot Summary, SealedText Reason) : IApplicationEvent
{
    public string Describe() => "withdrawn by the learner";
}

/// <summary>The reader of schema 1, which the log keeps: the reason in clear.</summary>
[PlatformEvent("ApplicationWithdrawn", 1)]
public sealed record ApplicationWithdrawnV1(ApplicationSnapshot Summary, string Reason) : IApplicationEvent
{
    public string Describe() => "withdrawn by the learner";
}

/// <summary>
/// A submission refused at the door for a rule reason: not part of the application's history (there is none), but the
/// reasoned, dated record of the refusal with its clause, which its learner reads back and can contest, and which the
/// institution's audit log and the statistics of refusals read. Schema 2 is the refusal's only record (the audit
/// filter writes no <see cref="CommandRefused"/> beside it) and names the programme applied to. Refusals for a bad
/// token or malformed input are not recorded here. Schema 3 seals the learner's IIN under their data key (docs/privacy.md):
/// the refusal's clause and reason stay readable for the institution and the statistics after the key is shredded.
/// </summary>
[PlatformEvent("SubmissionRefusedAtDoor", 3)]
public sealed record SubmissionRefusedAtDoor(
    Guid ApplicationId,
    SealedText LearnerIin,
    string InstitutionBin,
    string ProgrammeCode,
    string AcademicPeriodId,
    string Code,
    string? Clause,
    string Reason) : IPlatformEvent
{
    public string Describe() => $"submission refused under clause {Clause}: {Reason}";
}

/// <summary>The reader of schema 2, which the log keeps: the learner's IIN in clear (schema 3 seals it under their data key).</summary>
[PlatformEvent("SubmissionRefusedAtDoor", 2)]
public sealed record SubmissionRefusedAtDoorV2(
    Guid ApplicationId,
    string LearnerIin,
    string InstitutionBin,
    string ProgrammeCode,
    string AcademicPeriodId,
    string Code,
    string? Clause,
    string Reason) : IPlatformEvent
{
    public string Describe() => $"submission refused under clause {Clause}: {Reason}";
}

/// <summary>The reader of schema 1, which the log keeps: written beside a <see cref="CommandRefused"/> of the same refusal, which the statistics count.</summary>
[PlatformEvent("SubmissionRefusedAtDoor", 1)]
public sealed record SubmissionRefusedAtDoorV1(
    Guid ApplicationId,
    string LearnerIin,
    string InstitutionBin,
    string AcademicPeriodId,
    string Code,
    string? Clause,
    string Reason) : IPlatformEvent
{
    public string Describe() => $"submission refused under clause {Clause}: {Reason}";
}
