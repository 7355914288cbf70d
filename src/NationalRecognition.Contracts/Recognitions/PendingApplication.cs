namespace NationalRecognition.Contracts.Recognitions;

/// <summary>
/// One of the learner's applications at the institution that is not yet final: every course and unit it put forward
/// (held against a second application for them, clause 13) and, while its decision commits, the recognitions that
/// decision reserved (held against a competing decision, so that a committed decision always gets its ledger entry).
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.PendingApplication")]
public sealed record PendingApplication(
    [property: Id(0)] Guid ApplicationId,
    [property: Id(1)] string ProgrammeCode,
    [property: Id(2)] IReadOnlyList<CourseForUnitInfo> PutForward,
    [property: Id(3)] IReadOnlyList<CourseRecognition> Reserved);
