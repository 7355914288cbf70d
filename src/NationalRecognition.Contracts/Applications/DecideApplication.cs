namespace NationalRecognition.Contracts.Applications;

[GenerateSerializer, Immutable, Alias("nr.DecideApplication")]
public sealed record DecideApplication(
    [property: Id(0)] ProtocolInfo Protocol,
    [property: Id(1)] IReadOnlyList<UnitDecisionInput> Decisions);
