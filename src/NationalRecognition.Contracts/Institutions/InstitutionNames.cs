namespace NationalRecognition.Contracts.Institutions;

/// <summary>An institution's official name in the three languages the platform shows.</summary>
[GenerateSerializer, Immutable, Alias("nr.InstitutionNames")]
public sealed record InstitutionNames(
    [property: Id(0)] string Kazakh,
    [property: Id(1)] string Russian,
    [property: Id(2)] string English);
