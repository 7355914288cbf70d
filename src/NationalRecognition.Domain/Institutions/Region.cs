namespace NationalRecognition.Domain.Institutions;

/// <summary>The 17 regions and 3 cities of republican significance (administrative division since June 2022).</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum Region
{
    Abai = 0,
    Akmola = 1,
    Aktobe = 2,
    AlmatyRegion = 3,
    Atyrau = 4,
    WestKazakhstan = 5,
    Jambyl = 6,
    Jetisu = 7,
    Karaganda = 8,
    Kostanay = 9,
    Kyzylorda = 10,
    Mangystau = 11,
    Pavlodar = 12,
    NorthKazakhstan = 13,
    Turkistan = 14,
    Ulytau = 15,
    EastKazakhstan = 16,
    AstanaCity = 17,
    AlmatyCity = 18,
    ShymkentCity = 19,
}
