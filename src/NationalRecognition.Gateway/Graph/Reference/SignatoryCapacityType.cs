using GraphQL.Types;
using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>SignatoryCapacity</c>.</summary>
public sealed class SignatoryCapacityType : EnumerationGraphType<SignatoryCapacity>
{
    public SignatoryCapacityType()
    {
        Name = "SignatoryCapacity";
        Description = "Who signed the order creating a Commission: the first head or the person acting for them (clause 11).";
    }
}
