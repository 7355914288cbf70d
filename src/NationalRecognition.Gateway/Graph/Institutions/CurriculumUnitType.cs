using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Institutions;

public sealed class CurriculumUnitType : ObjectGraphType<CurriculumUnit>
{
    public CurriculumUnitType()
    {
        Name = "CurriculumUnit";
        Description = "A discipline or module of an educational programme.";
        Field(u => u.Code).Description("Code of the discipline or module in the programme.");
        Field(u => u.Name).Description("Name.");
        Field(u => u.Kind).Description("Discipline or module.");
        Field(u => u.Credits).Description("Volume in academic credits.");
        Field(u => u.Objectives).Description("Objectives of the discipline (clause 9 compares them).");
        Field(u => u.Outcomes).Description("Learning outcomes of the syllabus (clause 9 asks which ones a certificate covers).");
        Field(u => u.QualificationLevel, nullable: true).Description("Qualification level 1–8 of a professional module.");
        Field(u => u.Content, nullable: true).Description("Summary of the content.");
        Field(u => u.TaughtInPeriodId, nullable: true).DeprecationReason("A unit is taught in one or more periods: read taughtInPeriodIds.")
            .Description("The earliest academic period in which it is taught.");
        Field("taughtInPeriodIds", u => u.Periods)
            .Description("The academic periods (per intake or cohort) in which it is taught, earliest first; the learner names one of them.");
    }
}
