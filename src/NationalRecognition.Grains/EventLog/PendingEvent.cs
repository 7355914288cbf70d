namespace NationalRecognition.Grains.EventLog;

/// <summary>
/// An event on its way into the log, written in the same transaction as the state of the grain that raised it.
/// <see cref="Payload"/> is JSON readable with SQL; <see cref="InstitutionBin"/> names the tenant it belongs to.
/// </summary>
public sealed record PendingEvent(
    string EventType,
    int SchemaVersion,
    string Payload,
    DateTimeOffset OccurredAt,
    string SubjectId,
    string Role,
    string? ActorInstitutionBin,
    string? InstitutionBin);
