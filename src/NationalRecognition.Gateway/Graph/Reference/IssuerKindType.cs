using GraphQL.Types;
using NationalRecognition.Domain.Certificates;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>IssuerKind</c>.</summary>
public sealed class IssuerKindType : EnumerationGraphType<IssuerKind>
{
    public IssuerKindType()
    {
        Name = "IssuerKind";
        Description = "The four issuer kinds of clause 10: education organisation (10.1), additional education or employer (10.2), electronic labour exchange (10.3), MOOC platform (10.4).";
    }
}
