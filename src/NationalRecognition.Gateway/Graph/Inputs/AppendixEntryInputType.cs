using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class AppendixEntryInputType : InputObjectGraphType<AppendixEntryInfo>
{
    public AppendixEntryInputType()
    {
        Name = "AppendixEntryInput";
        Description = "An entry of the certificate's appendix (clause 10): needs a volume and a grade.";
        Field(x => x.Name).Description("Course, discipline or module.");
        Field(x => x.Credits, nullable: true).Description("Volume in credits.");
        Field(x => x.Hours, nullable: true).Description("Volume in hours.");
        Field(x => x.Grade, nullable: true).Description("The grade.");
    }
}
