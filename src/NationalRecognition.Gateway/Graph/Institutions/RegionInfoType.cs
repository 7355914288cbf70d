using GraphQL.Types;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Gateway.Graph.Institutions;

public sealed class RegionInfoType : ObjectGraphType<RegionInfo>
{
    public RegionInfoType()
    {
        Name = "RegionInfo";
        Description = "A region or city of republican significance of Kazakhstan.";
        Field(r => r.Region).Description("The region.");
        Field(r => r.IsoCode).Description("ISO 3166-2:KZ code.");
        Field(r => r.EnglishName).Description("Name in English.");
        Field(r => r.KazakhName).Description("Name in Kazakh.");
        Field(r => r.RussianName).Description("Name in Russian.");
        Field(r => r.IsCity).Description("True for the cities of republican significance (Astana, Almaty, Shymkent).");
    }
}
