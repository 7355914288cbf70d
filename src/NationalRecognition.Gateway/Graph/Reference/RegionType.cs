using GraphQL.Types;
using NationalRecognition.Domain.Institutions;

namespace NationalRecognition.Gateway.Graph.Reference;

/// <summary>GraphQL enum <c>Region</c>.</summary>
public sealed class RegionType : EnumerationGraphType<Region>
{
    public RegionType()
    {
        Name = "Region";
        Description = "Kazakhstan's 17 regions and 3 cities of republican significance (2025).";
    }
}
