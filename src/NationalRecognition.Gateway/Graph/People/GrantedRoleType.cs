using GraphQL.Types;
using NationalRecognition.Contracts.People;

namespace NationalRecognition.Gateway.Graph.People;

public sealed class GrantedRoleType : ObjectGraphType<GrantedRole>
{
    public GrantedRoleType()
    {
        Name = "GrantedRole";
        Description = "A role a person holds on the platform, and where.";
        Field(g => g.Role).Description("The role.");
        Field(g => g.InstitutionBin, nullable: true).Description("The institution it is held at (heads, registrars, Commission roles).");
        Field(g => g.CommissionId, nullable: true).Description("The Commission it is held in (BIN/code), for Commission roles.");
        Field(g => g.Ministry, nullable: true).Description("The ministry's sector, for a ministry's analyst; none for a national analyst.");
        Field(g => g.GrantedAt).Description("When it was granted.");
        Field(g => g.GrantedBy).Description("The subject of whoever granted it.");
        Field<NonNullGraphType<StringGraphType>>("actingAs")
            .Description("What to send in the Acting-As header to act in this role.")
            .Resolve(c => c.Source.ToGrant().ActingAs);
    }
}
