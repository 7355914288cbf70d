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
        Field(x => x.Credits, nullable: true).Description("Credits recognised: for a whole recognition the discipline's (the default); for a partial one required, at least 1 and fewer than the discipline's.");
        Field(x => x.Partial).DefaultValue(false).Description("Only part of the discipline (default false).");
        Field(x => x.Grade, nullable: true).Description("The grade carried over, as the Commission states it (converted through the institution's scale); the comparison's grade when omitted. A failing grade is refused.");
        Field(x => x.Reason, nullable: true).Description("Written reason (required for a refusal).");
    }
}
