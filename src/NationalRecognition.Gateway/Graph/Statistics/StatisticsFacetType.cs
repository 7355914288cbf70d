using GraphQL.Types;
using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Gateway.Graph.Statistics;

/// <summary>GraphQL enum <c>StatisticsFacet</c>.</summary>
public sealed class StatisticsFacetType : EnumerationGraphType<StatisticsFacet>
{
    public StatisticsFacetType()
    {
        Name = "StatisticsFacet";
        Description = "Which cut of the statistics: ALL counts each application once; ISSUER_KIND, MOOC_PLATFORM and PROFESSION count it once per value it carries; REFUSAL_CLAUSE counts submissions refused at the door by the clause cited.";
    }
}
