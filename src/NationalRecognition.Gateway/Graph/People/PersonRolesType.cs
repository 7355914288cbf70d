using GraphQL.Types;
using NationalRecognition.Contracts.People;

namespace NationalRecognition.Gateway.Graph.People;

public sealed class PersonRolesType : ObjectGraphType<PersonRoles>
{
    public PersonRolesType()
    {
        Name = "PersonRoles";
        Description = "The roles held by one person, as granted to their platform identity or to their IIN.";
        Field(p => p.Issuer, nullable: true).Description("Their identity provider, when granted by platform identity.");
        Field(p => p.Subject, nullable: true).Description("Their subject at that provider, when granted by platform identity.");
        Field(p => p.MaskedIin, nullable: true).Description("Their IIN, masked, when granted by IIN.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GrantedRoleType>>>>("roles").Description("The roles held.").Resolve(c => c.Source.Grants);
    }
}
