namespace NationalRecognition.Contracts.Certificates;

/// <summary>
/// A profession looked up on one year's list: whether a list is published for the year, its version, and the
/// entry for the code (null when the code is not on it).
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.ListedProfession")]
public sealed record ListedProfession(
    [property: Id(0)] bool ListPublished,
    [property: Id(1)] int ListVersion,
    [property: Id(2)] InDemandProfessionInfo? Profession);
