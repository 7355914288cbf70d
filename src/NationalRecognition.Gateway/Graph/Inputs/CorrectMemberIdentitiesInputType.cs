using GraphQL.Types;
using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class CorrectMemberIdentitiesInputType : InputObjectGraphType<CorrectMemberIdentities>
{
    public CorrectMemberIdentitiesInputType()
    {
        Name = "CorrectMemberIdentitiesInput";
        Description = "An administrative correction of members' platform identities in the composition of one order; the order itself is unchanged.";
        Field(x => x.OrderNumber).Description("The number of the order whose composition is corrected.");
        Field(x => x.Members).Description("The members (named as in the order) and their platform identities.");
        Field(x => x.Reason).Description("Why the identities are corrected; kept in the audit log.");
    }
}
