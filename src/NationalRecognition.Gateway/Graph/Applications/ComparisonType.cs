using GraphQL.Types;
using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Gateway.Graph.Applications;

public sealed class ComparisonType : ObjectGraphType<ComparisonRecord>
{
    public ComparisonType()
    {
        Name = "Comparison";
        Description = "The Commission's clause-9 comparison of one discipline or module with one appendix entry.";
        Field<NonNullGraphType<StringGraphType>>("unitCode").Description("The discipline or module.").Resolve(c => c.Source.Input.UnitCode);
        Field<NonNullGraphType<IntGraphType>>("documentIndex").Description("Which of the application's documents (0-based).").Resolve(c => c.Source.Input.DocumentIndex);
        Field<NonNullGraphType<StringGraphType>>("appendixEntryName").Description("The appendix entry compared.").Resolve(c => c.Source.Input.AppendixEntryName);
        Field<NonNullGraphType<BooleanGraphType>>("contentMatches").Description("Does the content match.").Resolve(c => c.Source.Input.ContentMatches);
        Field<NonNullGraphType<BooleanGraphType>>("objectivesMatch").Description("Do the objectives match.").Resolve(c => c.Source.Input.ObjectivesMatch);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("coveredOutcomeIds")
            .Description("Syllabus learning outcomes the entry covers.").Resolve(c => c.Source.Input.CoveredOutcomeIds);
        Field<StringGraphType>("notes").Description("The Commission's notes.").Resolve(c => c.Source.Input.Notes);
        Field(r => r.Coverage).Description("Share of the syllabus outcomes covered, 0 to 1.");
        Field(r => r.CoverageComplete).Description("True when every outcome is covered.");
        Field(r => r.CertificateCredits).Description("The entry's volume in credits (hours converted at the level's ratio).");
        Field(r => r.UnitCredits).Description("The discipline's credits.");
        Field(r => r.Volume).Description("Equal, exceeds or short.");
        Field(r => r.ConvertedLetter, nullable: true).Description("The entry's grade on the institution's letter scale.");
        Field(r => r.ConvertedGpaPoints, nullable: true).Description("GPA points of the converted grade.");
        Field(r => r.Recommendation).Description("What the platform recommends, with reasons; the Commission decides.");
        Field(r => r.RecordedAt).Description("When it was recorded.");
    }
}
