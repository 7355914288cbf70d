using GraphQL.Types;
using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>QuorumKind</c>.</summary>
public sealed class QuorumKindType : EnumerationGraphType<QuorumKind>
{
    public QuorumKindType()
    {
        Name = "QuorumKind";
        Description = "How the regulation states its quorum: more than half of the members, at least a count, or at least a fraction.";
    }
}
