using GraphQL.Types;
using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class ComparisonInputType : InputObjectGraphType<ComparisonAssessment>
{
    public ComparisonInputType()
    {
        Name = "ComparisonInput";
        Description = "The Commission's clause-9 comparison of one discipline with one appendix entry.";
        Field(x => x.UnitCode).Description("The discipline or module.");
        Field(x => x.DocumentIndex).Description("Which document (0-based).");
        Field(x => x.AppendixEntryName).Description("The appendix entry (or, for a qualification, the profession).");
        Field(x => x.ContentMatches).Description("Does the content match.");
        Field(x => x.ObjectivesMatch).Description("Do the objectives match.");
        Field(x => x.CoveredOutcomeIds).Description("Syllabus outcomes covered.");
        Field(x => x.Notes, nullable: true).Description("Notes.");
    }
}
