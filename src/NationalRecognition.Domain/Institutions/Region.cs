namespace NationalRecognition.Domain.Institutions;

/// <summary>The 17 regions and 3 cities of republican significance (administrative division since June 2022).</summary>
public enum Region
{
    Abai,
    Akmola,
    Aktobe,
    AlmatyRegion,
    Atyrau,
    WestKazakhstan,
    Jambyl,
    Jetisu,
    Karaganda,
    Kostanay,
    Kyzylorda,
    Mangystau,
    Pavlodar,
    NorthKazakhstan,
    Turkistan,
    Ulytau,
    EastKazakhstan,
    AstanaCity,
    AlmatyCity,
    ShymkentCity,
}
