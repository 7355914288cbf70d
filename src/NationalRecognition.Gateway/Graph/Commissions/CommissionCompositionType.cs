using GraphQL.Types;
using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Gateway.Graph.Commissions;

public sealed class CommissionCompositionType : ObjectGraphType<CommissionCompositionInfo>
{
    public CommissionCompositionType()
    {
        Name = "CommissionComposition";
        Description = "One composition of the Commission and the order that set it.";
        Field(c => c.Order).Description("The order.");
        Field(c => c.Members).Description("Members, exactly one of them the chair.");
        Field(c => c.InForceFrom).Description("In force from this date.");
        Field(c => c.InForceUntil, nullable: true).Description("Replaced by the next order on this date; none while current.");
        Field(c => c.Regulation, nullable: true).Description("The regulation on the Commission's work in force with this composition (clause 22).");
    }
}
