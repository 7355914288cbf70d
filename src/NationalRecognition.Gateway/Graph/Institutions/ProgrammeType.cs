using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Institutions;

public sealed class ProgrammeType : ObjectGraphType<Programme>
{
    public ProgrammeType()
    {
        Name = "Programme";
        Description = "An educational programme of the institution's catalogue.";
        Field(p => p.Code).Description("Code of the programme, e.g. 6B06101.");
        Field(p => p.Name).Description("Name of the programme.");
        Field(p => p.Level).Description("Education level of the programme.");
        Field(p => p.Units).Description("Its disciplines and modules.");
    }
}
