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
        Field(x => x.Members).Description("The composition, with exactly one chair.");
    }
}
