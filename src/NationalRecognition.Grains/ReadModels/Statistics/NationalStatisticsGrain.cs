using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Grains.Authorization;
using Orleans.Concurrency;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>
/// Answers statistics questions from the aggregate rows: checks the caller, limits an analyst of a ministry to that
/// ministry's sector, sums the rows (<see cref="IStatisticsQueries.SumAsync"/>), keeps the top groups when asked and
/// suppresses small cells. No state; a stateless worker, so reads scale out.
/// </summary>
[StatelessWorker]
public sealed class NationalStatisticsGrain(IStatisticsQueries store) : Grain, INationalStatisticsGrain
{
    public async Task<StatisticsAnswer> Query(StatisticsQuery query, Actor actor)
    {
        var sector = AccessPolicy.ReadStatistics(actor, query.Filter.Ministry);
        if (query.Top is < 1 or > StatisticsQuery.MaxTop)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("nationalStatisticsGrain.topBetweenMaxTop", ("maxTop", StatisticsQuery.MaxTop)), "top");
        }

        if (query.Filter.MonthFrom is { } from && query.Filter.MonthTo is { } to && from > to)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("nationalStatisticsGrain.firstMonthComes"), "filter.monthFrom");
        }

        var scoped = query with
        {
            Filter = query.Filter with { Ministry = sector ?? query.Filter.Ministry },
            GroupBy = query.GroupBy.Distinct().ToList(),
        };
        var cells = (await store.SumAsync(scoped, CancellationToken.None))
            .OrderByDescending(c => c.Counts!.Applications + c.Counts.Refusals)
            .ThenBy(c => c.Group.ToString(), StringComparer.Ordinal)
            .ToList();
        if (scoped.Top is { } top)
        {
            cells = cells.Take(top).ToList();
        }

        return new StatisticsAnswer(SmallCellSuppression.Apply(cells), sector, SmallCellSuppression.Threshold);
    }
}
