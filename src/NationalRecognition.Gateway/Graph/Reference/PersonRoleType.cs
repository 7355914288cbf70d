using GraphQL.Types;
using NationalRecognition.Domain.People;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>PersonRole</c>.</summary>
public sealed class PersonRoleType : EnumerationGraphType<PersonRole>
{
    public PersonRoleType()
    {
        Name = "PersonRole";
        Description = "A role the platform grants to a person (learners need none: the IIN their identity provider asserts is enough).";
    }
}
