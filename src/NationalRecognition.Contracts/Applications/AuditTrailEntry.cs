using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Contracts.Applications;

/// <summary>
/// One event of an application's own trail (its stream in the log): who, when, what. Not an <c>AuditRecord</c>, which
/// is a row of an institution's audit log. Named <c>AuditEntry</c> on the wire and in the schema, as before.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.AuditEntry")]
public sealed record AuditTrailEntry(
    [property: Id(0)] int Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] Actor Actor,
    [property: Id(3)] string Action,
    [property: Id(4)] string Details);
