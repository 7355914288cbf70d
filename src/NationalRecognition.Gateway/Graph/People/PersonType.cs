using GraphQL.Types;
using NationalRecognition.Gateway.People;

namespace NationalRecognition.Gateway.Graph.People;

public sealed class PersonType : ObjectGraphType<SignedInPerson>
{
    public PersonType()
    {
        Name = "Person";
        Description = "The signed-in person: who their identity provider says they are, and the roles the platform holds for them.";
        Field<NonNullGraphType<StringGraphType>>("issuer").Description("Their identity provider.").Resolve(c => c.Source.Person.Identity.Issuer);
        Field<NonNullGraphType<StringGraphType>>("subject").Description("Their subject at that provider.").Resolve(c => c.Source.Person.Identity.Subject);
        Field<StringGraphType>("maskedIin").Description("Their IIN as the provider asserted it, masked; none when it asserted none.")
            .Resolve(c => c.Source.Person.Iin?.Mask());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GrantedRoleType>>>>("roles")
            .Description("The roles the platform granted them (by their platform identity or their IIN).")
            .Resolve(c => c.Source.Grants);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("actingAsChoices")
            .Description("Every value the Acting-As header may take for them: \"Learner\" when their IIN is asserted, and each role's actingAs.")
            .Resolve(c => c.Source.ActingAsChoices);
        Field<StringGraphType>("actingAs")
            .Description("The role this request acts in; none when they hold several and named none in the Acting-As header.")
            .Resolve(c => c.Source.ActingAs);
    }
}
