using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Institutions;

public static class Regions
{
    // ISO 3166-2:KZ numeric codes as published by the ISO Online Browsing Platform (iso.org/obp, KZ), which
    // replaced the letter codes (KZ-ALA, KZ-AST, …) in the 2022 change that also added Abai, Jetisu and Ulytau.
    // Cross-checked against the open ISO 3166-2 data set in stumpylog/simpleiso3166 and Wikipedia's ISO_3166-2:KZ.
    private static readonly RegionInfo[] All =
    [
        new(Region.Abai, "KZ-10", "Abai Region", "Абай облысы", "Абайская область", false),
        new(Region.Akmola, "KZ-11", "Akmola Region", "Ақмола облысы", "Акмолинская область", false),
        new(Region.Aktobe, "KZ-15", "Aktobe Region", "Ақтөбе облысы", "Актюбинская область", false),
        new(Region.AlmatyRegion, "KZ-19", "Almaty Region", "Алматы облысы", "Алматинская область", false),
        new(Region.Atyrau, "KZ-23", "Atyrau Region", "Атырау облысы", "Атырауская область", false),
        new(Region.WestKazakhstan, "KZ-27", "West Kazakhstan Region", "Батыс Қазақстан облысы", "Западно-Казахстанская область", false),
        new(Region.Jambyl, "KZ-31", "Jambyl Region", "Жамбыл облысы", "Жамбылская область", false),
        new(Region.Jetisu, "KZ-33", "Jetisu Region", "Жетісу облысы", "Область Жетісу", false),
        new(Region.Karaganda, "KZ-35", "Karaganda Region", "Қарағанды облысы", "Карагандинская область", false),
        new(Region.Kostanay, "KZ-39", "Kostanay Region", "Қостанай облысы", "Костанайская область", false),
        new(Region.Kyzylorda, "KZ-43", "Kyzylorda Region", "Қызылорда облысы", "Кызылординская область", false),
        new(Region.Mangystau, "KZ-47", "Mangystau Region", "Маңғыстау облысы", "Мангистауская область", false),
        new(Region.Pavlodar, "KZ-55", "Pavlodar Region", "Павлодар облысы", "Павлодарская область", false),
        new(Region.NorthKazakhstan, "KZ-59", "North Kazakhstan Region", "Солтүстік Қазақстан облысы", "Северо-Казахстанская область", false),
        new(Region.Turkistan, "KZ-61", "Turkistan Region", "Түркістан облысы", "Туркестанская область", false),
        new(Region.Ulytau, "KZ-62", "Ulytau Region", "Ұлытау облысы", "Область Ұлытау", false),
        new(Region.EastKazakhstan, "KZ-63", "East Kazakhstan Region", "Шығыс Қазақстан облысы", "Восточно-Казахстанская область", false),
        new(Region.AstanaCity, "KZ-71", "Astana", "Астана", "Астана", true),
        new(Region.AlmatyCity, "KZ-75", "Almaty", "Алматы", "Алматы", true),
        new(Region.ShymkentCity, "KZ-79", "Shymkent", "Шымкент", "Шымкент", true),
    ];

    private static readonly Dictionary<Region, RegionInfo> ByRegion = All.ToDictionary(r => r.Region);
    private static readonly Dictionary<string, RegionInfo> ByIsoCode = All.ToDictionary(r => r.IsoCode, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<RegionInfo> List => All;

    public static RegionInfo Info(Region region) =>
        ByRegion.TryGetValue(region, out var info)
            ? info
            : throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown region.");

    public static string IsoCode(Region region) => Info(region).IsoCode;

    public static Region FromIsoCode(string isoCode) =>
        isoCode is not null && ByIsoCode.TryGetValue(isoCode.Trim(), out var info)
            ? info.Region
            : throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("regions.isoCodeISOCode", ("isoCode", isoCode)),
                "Region");
}
