using System.Globalization;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Grains.Events;

/// <summary>
/// Schema 2 adds what the statistics break applications down by and the log held nowhere else: the MOOC platforms
/// (clause 10.4) and the labour exchange's in-demand professions (clause 10.3) of the documents.
/// </summary>
[RecognitionEvent("ApplicationSubmitted", 2)]
public sealed record ApplicationSubmitted(
    ApplicationSummary Summary,
    string RuleVersionId,
    InstitutionKind ProgrammeLevel,
    int DocumentCount,
    IReadOnlyList<MoocPlatform> Platforms,
    IReadOnlyList<string> Professions) : IApplicationEvent
{
    public string Describe() => $"{Summary.UnitsRequested} discipline(s)/module(s), {DocumentCount} document(s), rules {RuleVersionId}";
}

/// <summary>The reader of schema 1, which the log keeps: no platforms or professions.</summary>
[RecognitionEvent("ApplicationSubmitted", 1)]
public sealed record ApplicationSubmittedV1(
    ApplicationSummary Summary,
    string RuleVersionId,
    InstitutionKind ProgrammeLevel,
    int DocumentCount) : IApplicationEvent
{
    public string Describe() => $"{Summary.UnitsRequested} discipline(s)/module(s), {DocumentCount} document(s), rules {RuleVersionId}";
}

[RecognitionEvent("ApplicationReviewStarted", 1)]
public sealed record ApplicationReviewStarted(ApplicationSummary Summary) : IApplicationEvent
{
    public string Describe() => "taken into review by the Commission";
}

[RecognitionEvent("ComparisonRecorded", 1)]
public sealed record ComparisonRecorded(
    ApplicationSummary Summary,
    string UnitCode,
    int DocumentIndex,
    decimal Coverage,
    VolumeVerdict Volume,
    string Recommendation) : IApplicationEvent
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{UnitCode} against document {DocumentIndex}: coverage {Coverage:0.##}, volume {Volume}, {Recommendation}");
}

[RecognitionEvent("ApplicationDecided", 1)]
public sealed record ApplicationDecided(
    ApplicationSummary Summary,
    string ProtocolNumber,
    DateOnly ProtocolDate,
    IReadOnlyList<UnitDecisionRecord> Units) : IApplicationEvent
{
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Summary.Status} by protocol {ProtocolNumber} of {ProtocolDate:yyyy-MM-dd}");
}

[RecognitionEvent("ApplicationWithdrawn", 1)]
public sealed record ApplicationWithdrawn(ApplicationSummary Summary, string Reason) : IApplicationEvent
{
    public string Describe() => "withdrawn by the learner";
}

/// <summary>
/// A submission refused at the door for a rule reason: not part of the application's history (there is none), but the
/// reasoned, dated record of the refusal with its clause, which its learner reads back and can contest, and which the
/// institution's audit log shows. Refusals for a bad token or malformed input are not recorded here.
/// </summary>
[RecognitionEvent("SubmissionRefusedAtDoor", 1)]
public sealed record SubmissionRefusedAtDoor(
    Guid ApplicationId,
    string LearnerIin,
    string InstitutionBin,
    string AcademicPeriodId,
    string Code,
    string? Clause,
    string Reason) : IRecognitionEvent
{
    public string Describe() => $"submission refused under clause {Clause}: {Reason}";
}
