using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Contracts.Audit;

/// <summary>
/// One audited mutation: who (subject, role, institution — never the caller's IIN), what (interface, method,
/// target grain), when and how it ended. <see cref="Sequence"/> is assigned by the log on append.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.AuditRecord")]
public sealed record AuditRecord(
    [property: Id(0)] long Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] string SubjectId,
    [property: Id(3)] ActorRole Role,
    [property: Id(4)] string? ActorInstitutionBin,
    [property: Id(5)] string Action,
    [property: Id(6)] string Target,
    [property: Id(7)] AuditOutcome Outcome,
    [property: Id(8)] string? Detail);
