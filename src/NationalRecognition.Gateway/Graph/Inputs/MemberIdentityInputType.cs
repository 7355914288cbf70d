using GraphQL.Types;
using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class MemberIdentityInputType : InputObjectGraphType<MemberIdentity>
{
    public MemberIdentityInputType()
    {
        Name = "MemberIdentityInput";
        Description = "A member named as in the order, and their platform identity.";
        Field(x => x.Name).Description("Full name, as in the order.");
        Field(x => x.SubjectId, nullable: true).Description("The member's platform identity (their token's subject); none removes it.");
    }
}
