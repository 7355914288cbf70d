using GraphQL.Types;
using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Gateway.Graph.Common;

public sealed class ActorType : ObjectGraphType<Actor>
{
    public ActorType()
    {
        Name = "Actor";
        Description = "Who performed an action, as recorded in the audit trail.";
        Field(a => a.SubjectId).Description("The identity provider's subject of the caller.");
        Field(a => a.Role).Description("The role the caller acted in.");
        Field(a => a.InstitutionBin, nullable: true).Description("The institution the caller acted for (staff).");
    }
}
