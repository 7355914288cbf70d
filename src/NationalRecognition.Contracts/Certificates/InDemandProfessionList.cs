namespace NationalRecognition.Contracts.Certificates;

/// <summary>
/// The exchange's list of in-demand professions for one calendar year, at its current version (1 for the first
/// publication, one more at each change), and when that version was published.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.InDemandProfessionList")]
public sealed record InDemandProfessionList(
    [property: Id(0)] int Year,
    [property: Id(1)] int Version,
    [property: Id(2)] IReadOnlyList<InDemandProfessionInfo> Professions,
    [property: Id(3)] DateTimeOffset PublishedAt);
