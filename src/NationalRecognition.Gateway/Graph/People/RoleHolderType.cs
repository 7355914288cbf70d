using GraphQL.Types;
using NationalRecognition.Contracts.People;

namespace NationalRecognition.Gateway.Graph.People;

public sealed class RoleHolderType : ObjectGraphType<RoleHolder>
{
    public RoleHolderType()
    {
        Name = "RoleHolder";
        Description = "A person holding a role at an institution.";
        Field(h => h.Issuer, nullable: true).Description("Their identity provider, when granted by platform identity.");
        Field(h => h.Subject, nullable: true).Description("Their subject at that provider, when granted by platform identity.");
        Field(h => h.MaskedIin, nullable: true).Description("Their IIN, masked, when granted by IIN.");
        Field(h => h.Role).Description("The role.");
        Field(h => h.CommissionId, nullable: true).Description("The Commission, for Commission roles.");
        Field(h => h.GrantedAt).Description("When it was granted.");
    }
}
