using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Institutions;

public sealed class InstitutionNamesType : ObjectGraphType<InstitutionNames>
{
    public InstitutionNamesType()
    {
        Name = "InstitutionNames";
        Description = "The institution's official name in Kazakh, Russian and English.";
        Field(n => n.Kazakh).Description("Name in Kazakh.");
        Field(n => n.Russian).Description("Name in Russian.");
        Field(n => n.English).Description("Name in English.");
    }
}
