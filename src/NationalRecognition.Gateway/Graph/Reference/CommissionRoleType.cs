using GraphQL.Types;
using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>CommissionRole</c>.</summary>
public sealed class CommissionRoleType : EnumerationGraphType<CommissionRole>
{
    public CommissionRoleType()
    {
        Name = "CommissionRole";
        Description = "A member's role in the Commission: chair, secretary or member.";
    }
}
