using GraphQL.Types;
using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>ActorRole</c>.</summary>
public sealed class ActorRoleType : EnumerationGraphType<ActorRole>
{
    public ActorRoleType()
    {
        Name = "ActorRole";
        Description = "The role a caller acts in.";
    }
}
