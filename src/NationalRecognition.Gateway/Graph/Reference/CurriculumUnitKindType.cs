using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>CurriculumUnitKind</c>.</summary>
public sealed class CurriculumUnitKindType : EnumerationGraphType<CurriculumUnitKind>
{
    public CurriculumUnitKindType()
    {
        Name = "CurriculumUnitKind";
        Description = "A discipline (universities) or a module (colleges, professional competences).";
    }
}
