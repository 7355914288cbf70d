using GraphQL.Types;
using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class CommissionMemberInputType : InputObjectGraphType<CommissionMemberInfo>
{
    public CommissionMemberInputType()
    {
        Name = "CommissionMemberInput";
        Description = "A member named in the order.";
        Field(x => x.Name).Description("Full name.");
        Field(x => x.Position, nullable: true).Description("Position, when the order states one.");
        Field(x => x.Role).Description("Chair, secretary or member (exactly one chair).");
        Field(x => x.SubjectId, nullable: true).Description("The member's platform identity (their token's subject): a member records or signs decisions only with it.");
        Field(x => x.IsDeputyChair).DefaultValue(false)
            .Description("Whether the order names this member deputy chair (at most one, not the chair): they sign in the chair's absence where the regulation says so.");
    }
}
