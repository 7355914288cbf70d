using GraphQL.Types;
using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Gateway.Graph.Commissions;

public sealed class CommissionMemberType : ObjectGraphType<CommissionMemberInfo>
{
    public CommissionMemberType()
    {
        Name = "CommissionMember";
        Description = "A member of the Commission as named in the order.";
        Field(m => m.Name).Description("Full name.");
        Field(m => m.Position).Description("Position at the institution.");
        Field(m => m.Role).Description("Chair, secretary or member.");
    }
}
