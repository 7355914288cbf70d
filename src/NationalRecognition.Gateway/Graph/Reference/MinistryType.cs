using GraphQL.Types;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>Ministry</c>.</summary>
public sealed class MinistryType : EnumerationGraphType<Ministry>
{
    public MinistryType()
    {
        Name = "Ministry";
        Description = "The ministry an institution answers to: Enlightenment (TVET, post-secondary) or Science and Higher Education (higher, postgraduate).";
    }
}
