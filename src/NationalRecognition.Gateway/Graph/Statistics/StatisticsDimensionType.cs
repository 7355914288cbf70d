using GraphQL.Types;
using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Gateway.Graph.Statistics;

/// <summary>GraphQL enum <c>StatisticsDimension</c>.</summary>
public sealed class StatisticsDimensionType : EnumerationGraphType<StatisticsDimension>
{
    public StatisticsDimensionType()
    {
        Name = "StatisticsDimension";
        Description = "What statistics are grouped by: the drill-down goes MINISTRY → REGION → INSTITUTION; MONTH gives a time series.";
    }
}
