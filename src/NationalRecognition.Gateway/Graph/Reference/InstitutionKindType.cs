using GraphQL.Types;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>InstitutionKind</c>.</summary>
public sealed class InstitutionKindType : EnumerationGraphType<InstitutionKind>
{
    public InstitutionKindType()
    {
        Name = "InstitutionKind";
        Description = "Kind of educational organisation: TVET, post-secondary, higher or postgraduate.";
    }
}
