using GraphQL.Types;
using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Gateway.Graph.Commissions;

public sealed class CommissionOrderType : ObjectGraphType<CommissionOrderInfo>
{
    public CommissionOrderType()
    {
        Name = "CommissionOrder";
        Description = "The order of the first head (or acting head) that created or reconstituted the Commission (clauses 11, 21, 22).";
        Field(o => o.Number).Description("Order number.");
        Field(o => o.Date).Description("Order date; the composition is in force from it.");
        Field(o => o.SignatoryName).Description("Who signed it.");
        Field(o => o.SignatoryCapacity).Description("First head or acting head.");
    }
}
