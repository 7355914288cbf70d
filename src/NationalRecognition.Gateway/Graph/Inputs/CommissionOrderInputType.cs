using GraphQL.Types;
using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class CommissionOrderInputType : InputObjectGraphType<CommissionOrderInfo>
{
    public CommissionOrderInputType()
    {
        Name = "CommissionOrderInput";
        Description = "The head's (or acting head's) order.";
        Field(x => x.Number).Description("Order number.");
        Field(x => x.Date).Description("Order date.");
        Field(x => x.SignatoryName).Description("Who signed it.");
        Field(x => x.SignatoryCapacity).Description("First head or acting head.");
    }
}
