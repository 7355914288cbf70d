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
        Field(x => x.CourseIdentifier, nullable: true)
            .Description("The course's own identifier, if the certificate gives one: the platform's course id or the course page's URL (a MOOC), the course code (the labour exchange). Two courses of one title are then two courses.");
    }
}
