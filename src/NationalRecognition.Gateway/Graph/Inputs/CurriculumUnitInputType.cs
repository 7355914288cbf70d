using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class CurriculumUnitInputType : InputObjectGraphType<CurriculumUnit>
{
    private const string PeriodsReason = "A unit is taught in one or more periods: use taughtInPeriodIds.";

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
        Field(x => x.TaughtInPeriodId, nullable: true).DeprecationReason(PeriodsReason)
            .Description("Deprecated: " + PeriodsReason + " One academic period in which it is taught; read as a one-element taughtInPeriodIds.");
        Field(x => x.TaughtInPeriodIds, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>))
            .Description("The academic periods (per intake or cohort, in the calendar) in which it is taught: the learner names one, and applies before it starts.");
    }
}
