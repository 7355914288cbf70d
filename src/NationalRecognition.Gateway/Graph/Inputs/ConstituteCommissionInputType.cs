using GraphQL.Types;
using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class ConstituteCommissionInputType : InputObjectGraphType<ConstituteCommission>
{
    public ConstituteCommissionInputType()
    {
        Name = "ConstituteCommissionInput";
        Description = "The order and the composition it sets.";
        Field(x => x.Order).Description("The order.");
        Field(x => x.Members).Description("The composition, with exactly one chair; give each member who records or signs decisions their platform identity (subjectId).");
        Field(x => x.Regulation, nullable: true).Description("The regulation on the Commission's work (clause 22); omitted: more than half present, the secretary records, the chair signs, no votes.");
    }
}
