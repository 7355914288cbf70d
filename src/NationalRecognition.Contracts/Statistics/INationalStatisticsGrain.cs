namespace NationalRecognition.Contracts.Statistics;

/// <summary>
/// National recognition statistics: sums of the aggregate rows the projector keeps, never a scan of applications.
/// A stateless worker answers (key 0); ministry analysts see their ministry's sector, national analysts and
/// administrators everything; small cells are suppressed.
/// </summary>
[Alias("nr.INationalStatisticsGrain")]
public interface INationalStatisticsGrain : IGrainWithIntegerKey
{
    [Alias("Query")]
    Task<StatisticsAnswer> Query(StatisticsQuery query, Common.Actor actor);
}
