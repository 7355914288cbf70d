using GraphQL;
using GraphQL.Types;
using NationalRecognition.Gateway.Authorization;
using NationalRecognition.Gateway.Graph;

namespace NationalRecognition.Gateway.Tests.Support;

/// <summary>The real Mutation root plus one field, so that mutations can be sent at all.</summary>
public sealed class ProbeMutation : RecognitionMutation
{
    public ProbeMutation()
    {
        Field<NonNullGraphType<StringGraphType>>("touch")
            .AllowAnonymous()
            .Description("Changes nothing; answers \"touched\".")
            .Resolve(_ => "touched");
    }
}
