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
    }
}
