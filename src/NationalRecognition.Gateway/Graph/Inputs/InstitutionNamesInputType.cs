using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class InstitutionNamesInputType : InputObjectGraphType<InstitutionNames>
{
    public InstitutionNamesInputType()
    {
        Name = "InstitutionNamesInput";
        Description = "The institution's names in Kazakh, Russian and English.";
        Field(x => x.Kazakh).Description("Name in Kazakh.");
        Field(x => x.Russian).Description("Name in Russian.");
        Field(x => x.English).Description("Name in English.");
    }
}
