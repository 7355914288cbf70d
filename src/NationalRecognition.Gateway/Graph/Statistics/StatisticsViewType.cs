using GraphQL.Types;
using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Gateway.Graph.Statistics;

public sealed class StatisticsViewType : ObjectGraphType<StatisticsAnswer>
{
    public StatisticsViewType()
    {
        Name = "StatisticsView";
        Description = "National recognition statistics: sums of the aggregates the projector keeps, current within its staleness bound — cell-key perturbed for analysts, exact for platform administrators (see figures).";
        Field(a => a.Sector, nullable: true).Description("The ministry's sector the caller is limited to; null for national analysts and administrators.");
        Field(a => a.SuppressionThreshold).Description("The smallest count a cell may show; smaller cells are suppressed.");
        Field<NonNullGraphType<StatisticsFiguresType>>("figures")
            .Description("Whether the figures are exact or cell-key perturbed. Perturbed figures are not the true ones, and a total need not equal the sum of the cells shown.")
            .Resolve(c => c.Source.Figures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatisticsCellType>>>>("cells")
            .Description("One cell per group, most applications (or refusals) first.")
            .Resolve(c => c.Source.Cells);
    }
}
