using GraphQL.Types;
using NationalRecognition.Contracts.People;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class PersonReferenceInputType : InputObjectGraphType<PersonReference>
{
    public PersonReferenceInputType()
    {
        Name = "PersonReferenceInput";
        Description = "A person: by platform identity (issuer and subject, once they have signed in) or by IIN (their identity provider asserts it when they sign in), not both.";
        Field(x => x.Issuer, nullable: true).Description("Their identity provider's issuer.");
        Field(x => x.Subject, nullable: true).Description("Their subject at that provider.");
        Field(x => x.Iin, nullable: true).Description("Their IIN.");
    }
}
