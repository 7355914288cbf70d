namespace NationalRecognition.Domain.Institutions;

/// <summary>Display data of a region: ISO 3166-2 code and names in English, Kazakh and Russian.</summary>
public sealed record RegionInfo(Region Region, string IsoCode, string EnglishName, string KazakhName, string RussianName, bool IsCity);
