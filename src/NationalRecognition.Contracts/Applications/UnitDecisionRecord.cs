namespace NationalRecognition.Contracts.Applications;

[GenerateSerializer, Immutable, Alias("nr.UnitDecisionRecord")]
public sealed record UnitDecisionRecord(
    [property: Id(0)] string UnitCode,
    [property: Id(1)] bool Recognised,
    [property: Id(2)] decimal Credits,
    [property: Id(3)] bool Partial,
    [property: Id(4)] string? Letter,
    [property: Id(5)] decimal? GpaPoints,
    [property: Id(6)] string? Reason);
