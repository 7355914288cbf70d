using System.Text.Json.Serialization;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Institutions;
using NationalRecognition.Contracts.Recognitions;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Grains.EventLog;

namespace NationalRecognition.Grains.Applications;

/// <summary>
/// An application's state row. Ids 2 (the audit trail, now read from the log) and 3 (the outbox mark) are retired:
/// never reuse them.
/// </summary>
[GenerateSerializer, Alias("nr.ApplicationState")]
public sealed class ApplicationState : IJournaledState
{
    [Id(0)]
    public ApplicationInfo? Application { get; set; }

    /// <summary>Content hash of the submit command: a retry with the same idempotency key must match it.</summary>
    [Id(1)]
    public string? SubmissionFingerprint { get; set; }

    /// <summary>The education level of the programme, which sets the credit–hour ratio of comparisons.</summary>
    [Id(4)]
    public InstitutionKind ProgrammeLevel { get; set; }

    [Id(5)]
    public RecognitionPolicy Policy { get; set; } = RecognitionPolicy.Default;

    /// <summary>The registry key of each confirming document, in document order.</summary>
    [Id(6)]
    public List<string> DocumentKeys { get; set; } = [];

    /// <summary>Content hash of the command that made the current version: a retry of it gets the same answer.</summary>
    [Id(7)]
    public string? LastCommandFingerprint { get; set; }

    /// <summary>
    /// The courses the decision recognises, written to the learner's ledger after the decision commits (and again on its
    /// retry). Of a type older silos know, so that they read this state during a rolling upgrade.
    /// </summary>
    [Id(8)]
    public List<CourseRecognition>? RecognisedCourses { get; set; }

    /// <summary>The events of the next write; never part of the stored state.</summary>
    [field: NonSerialized]
    [JsonIgnore]
    public List<PendingEvent> UncommittedEvents { get; } = [];

    /// <summary>A copy to build the next state in, so the current one stays intact until the write succeeds.</summary>
    public ApplicationState Copy() => new()
    {
        Application = Application,
        SubmissionFingerprint = SubmissionFingerprint,
        ProgrammeLevel = ProgrammeLevel,
        Policy = Policy,
        DocumentKeys = DocumentKeys.ToList(),
        LastCommandFingerprint = LastCommandFingerprint,
        RecognisedCourses = RecognisedCourses,
    };
}
