using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>GradeKind</c>.</summary>
public sealed class GradeKindType : EnumerationGraphType<GradeKind>
{
    public GradeKindType()
    {
        Name = "GradeKind";
        Description = "How a certificate states a grade: percent, letter, points on a stated scale, or pass/fail.";
    }
}
