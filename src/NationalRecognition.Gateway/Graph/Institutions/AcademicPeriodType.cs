using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Institutions;

public sealed class AcademicPeriodType : ObjectGraphType<AcademicPeriodInfo>
{
    public AcademicPeriodType()
    {
        Name = "AcademicPeriod";
        Description = "A period of the academic calendar; applications are accepted only before it starts (clause 13).";
        Field(p => p.Id).Description("The institution's id of the period, e.g. 2026-autumn.");
        Field(p => p.Name).Description("Display name.");
        Field(p => p.StartDate).Description("First day of the period (Kazakhstan time).");
        Field(p => p.EndDate, nullable: true).Description("Last day of the period, when known.");
    }
}
