namespace NationalRecognition.Contracts.Certificates;

/// <summary>A profession of the exchange's in-demand list (clause 10.3): code, Kazakh and Russian names, classifier codes.</summary>
[GenerateSerializer, Immutable, Alias("nr.InDemandProfessionInfo")]
public sealed record InDemandProfessionInfo(
    [property: Id(0)] string Code,
    [property: Id(1)] string NameKk,
    [property: Id(2)] string NameRu,
    [property: Id(3)] IReadOnlyList<string> ClassifierCodes);
