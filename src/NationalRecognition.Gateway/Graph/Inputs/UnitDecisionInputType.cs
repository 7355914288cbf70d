using GraphQL.Types;
using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class UnitDecisionInputType : InputObjectGraphType<UnitDecisionInput>
{
    public UnitDecisionInputType()
    {
        Name = "UnitDecisionInput";
        Description = "The decision on one discipline or module.";
        Field(x => x.UnitCode).Description("The discipline or module.");
        Field(x => x.Recognised).Description("Recognise or refuse.");
        Field(x => x.Credits, nullable: true).Description("Credits recognised; the discipline's credits when omitted.");
        Field(x => x.Partial).DefaultValue(false).Description("Only part of the discipline (default false).");
        Field(x => x.Reason, nullable: true).Description("Written reason (required for a refusal).");
    }
}
