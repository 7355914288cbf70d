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
        Field<NonNullGraphType<StringGraphType>>("position")
            .Description("Position at the institution; empty when the order states none (clause 22 leaves the composition to the institution).")
            .Resolve(c => c.Source.Position ?? string.Empty);
        Field(m => m.Role).Description("Chair, secretary or member.");
        Field(m => m.IsDeputyChair).Description("Whether the order names this member deputy chair, who signs in the chair's absence where the regulation says so.");
    }
}
