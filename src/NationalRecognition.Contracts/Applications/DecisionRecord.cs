using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Contracts.Applications;

/// <summary>The Commission's final decision: immutable once recorded.</summary>
[GenerateSerializer, Immutable, Alias("nr.DecisionRecord")]
public sealed record DecisionRecord(
    [property: Id(0)] ApplicationStatus Outcome,
    [property: Id(1)] ProtocolInfo Protocol,
    [property: Id(2)] IReadOnlyList<UnitDecisionRecord> Units,
    [property: Id(3)] DateTimeOffset DecidedAt);
