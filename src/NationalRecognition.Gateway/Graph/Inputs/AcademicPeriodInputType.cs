using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class AcademicPeriodInputType : InputObjectGraphType<AcademicPeriodInfo>
{
    public AcademicPeriodInputType()
    {
        Name = "AcademicPeriodInput";
        Description = "A period of the academic calendar.";
        Field(x => x.Id).Description("The institution's id of the period, e.g. 2026-autumn.");
        Field(x => x.Name).Description("Display name.");
        Field(x => x.StartDate).Description("First day (applications close at its start, clause 13).");
        Field(x => x.EndDate, nullable: true).Description("Last day.");
    }
}
