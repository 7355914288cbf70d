using GraphQL.Types;
using NationalRecognition.Domain.Certificates;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>DocumentKind</c>.</summary>
public sealed class DocumentKindType : EnumerationGraphType<DocumentKind>
{
    public DocumentKindType()
    {
        Name = "DocumentKind";
        Description = "A certificate of non-formal education (clause 10) or of professional qualification.";
    }
}
