using GraphQL.Types;
using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Gateway.Graph.Statistics;

/// <summary>GraphQL enum <c>StatisticsFigures</c>.</summary>
public sealed class StatisticsFiguresType : EnumerationGraphType<StatisticsFigures>
{
    public StatisticsFiguresType()
    {
        Name = "StatisticsFigures";
        Description = "What kind of figures an answer holds: EXACT (platform administrators; each question logged) or CELL_KEY_PERTURBED (everyone else: each stored row's counts moved by at most 2 by the cell-key method, docs/security.md; totals are sums of perturbed rows, not the true totals, and not the sum of the cells shown when some are hidden).";
    }
}
