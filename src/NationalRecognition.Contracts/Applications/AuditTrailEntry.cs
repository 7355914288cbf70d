using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Contracts.Applications;

/// <summary>One append-only event of an application's audit trail: who, when, what.</summary>
[GenerateSerializer, Immutable, Alias("nr.AuditEntry")]
public sealed record AuditEntry(
    [property: Id(0)] int Sequence,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] Actor Actor,
    [property: Id(3)] string Action,
    [property: Id(4)] string Details);
