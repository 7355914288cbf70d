namespace NationalRecognition.Domain.Exchange;

/// <summary>
/// One entry of the electronic labour exchange's list of in-demand professions (clause 10.3): its code, its
/// names in Kazakh and Russian, and the classifier codes it maps to, when the exchange gives them.
/// </summary>
public sealed record InDemandProfession(string Code, string NameKk, string NameRu, IReadOnlyList<string> ClassifierCodes);
