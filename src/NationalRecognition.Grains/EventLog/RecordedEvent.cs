namespace NationalRecognition.Grains.EventLog;

/// <summary>
/// An event as the log holds it: its place in the global order (<see cref="Position"/> after
/// <see cref="LogPosition.TransactionId"/>), its stream and version in it (null for records outside an aggregate's history,
/// such as refusals at the door), the <see cref="PendingEvent"/> fields, and the W3C trace context of the request that
/// wrote it (null for events written before traces were kept, or outside any trace), which the projector links to.
/// </summary>
public sealed record RecordedEvent(
    LogPosition Position,
    string StreamId,
    int? StreamVersion,
    string EventType,
    int SchemaVersion,
    string Payload,
    DateTimeOffset OccurredAt,
    string SubjectId,
    string Role,
    string? ActorInstitutionBin,
    string? InstitutionBin,
    string? TraceParent = null);
