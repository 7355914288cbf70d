using GraphQL.Types;
using NationalRecognition.Domain.Certificates;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>IssuerSubKind</c>.</summary>
public sealed class IssuerSubKindType : EnumerationGraphType<IssuerSubKind>
{
    public IssuerSubKindType()
    {
        Name = "IssuerSubKind";
        Description = "Which issuer of clause 10.1 or 10.2 issued the certificate.";
    }
}
