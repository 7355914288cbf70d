using GraphQL.Types;
using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Gateway.Graph.Applications;

public sealed class UnitDecisionType : ObjectGraphType<UnitDecisionRecord>
{
    public UnitDecisionType()
    {
        Name = "UnitDecision";
        Description = "The decision on one discipline or module.";
        Field(d => d.UnitCode).Description("The discipline or module.");
        Field(d => d.Recognised).Description("Recognised or refused.");
        Field(d => d.Credits).Description("Credits recognised (0 when refused).");
        Field(d => d.Partial).Description("True when only part of the discipline is recognised.");
        Field(d => d.Letter, nullable: true).Description("Grade entered in the transcript.");
        Field(d => d.GpaPoints, nullable: true).Description("GPA points of that grade.");
        Field(d => d.Reason, nullable: true).Description("The written reason of a refusal.");
    }
}
