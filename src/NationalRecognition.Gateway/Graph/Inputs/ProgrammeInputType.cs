using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class ProgrammeInputType : InputObjectGraphType<Programme>
{
    public ProgrammeInputType()
    {
        Name = "ProgrammeInput";
        Description = "An educational programme of the catalogue.";
        Field(x => x.Code).Description("Programme code.");
        Field(x => x.Name).Description("Name.");
        Field(x => x.Level).Description("Education level (one of the institution's kinds).");
        Field(x => x.Units).Description("Its disciplines and modules.");
    }
}
