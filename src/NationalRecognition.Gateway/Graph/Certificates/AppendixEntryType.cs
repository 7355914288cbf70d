using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Certificates;

public sealed class AppendixEntryType : ObjectGraphType<AppendixEntryInfo>
{
    public AppendixEntryType()
    {
        Name = "AppendixEntry";
        Description = "A course, discipline or module of the certificate's appendix (clause 10).";
        Field(e => e.Name).Description("Name of the course, discipline or module.");
        Field(e => e.Credits, nullable: true).Description("Volume in academic credits.");
        Field(e => e.Hours, nullable: true).Description("Volume in hours.");
        Field(e => e.Grade, nullable: true).Description("The grade.");
        Field(e => e.CourseIdentifier, nullable: true)
            .Description("The course's own identifier, if the certificate gives one: the platform's course id or the course page's URL (a MOOC), the course code (the labour exchange). Two courses of one title are then two courses.");
    }
}
