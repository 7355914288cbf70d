using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class CurriculumUnitInputType : InputObjectGraphType<CurriculumUnit>
{
    public CurriculumUnitInputType()
    {
        Name = "CurriculumUnitInput";
        Description = "A discipline or module.";
        Field(x => x.Code).Description("Code, unique within the programme.");
        Field(x => x.Name).Description("Name.");
        Field(x => x.Kind).Description("Discipline or module.");
        Field(x => x.Credits).Description("Academic credits (positive).");
        Field(x => x.Objectives).Description("Objectives.");
        Field(x => x.Outcomes).Description("Syllabus learning outcomes (at least one).");
        Field(x => x.QualificationLevel, nullable: true).Description("Qualification level 1–8 of a professional module.");
        Field(x => x.Content, nullable: true).Description("Summary of the content.");
        Field(x => x.TaughtInPeriodId, nullable: true).Description("The academic period in which it is taught (in the calendar): recognition is applied for before it starts.");
    }
}
