using Microsoft.Extensions.Logging;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Grains.Authorization;
using Orleans.Concurrency;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>
/// Answers statistics questions from the aggregate rows: checks the caller, limits an analyst of a ministry to that
/// ministry's sector, and sums the rows — published (cell-key perturbed) rows for analysts, the exact rows for platform
/// administrators, whose every question is written to the audit log (docs/security.md, "Statistics") — then orders,
/// hides small cells and keeps the top groups (<see cref="StatisticsAnswering"/>). No state; a stateless worker, so
/// reads scale out.
/// </summary>
[StatelessWorker]
public sealed partial class NationalStatisticsGrain(IStatisticsQueries store, ILogger<NationalStatisticsGrain> logger) : Grain, INationalStatisticsGrain
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
        var figures = ExactFiguresFor(actor) ? StatisticsFigures.Exact : StatisticsFigures.CellKeyPerturbed;
        if (figures == StatisticsFigures.Exact)
        {
            LogExactQuestion(logger, actor.SubjectId, actor.Role, scoped.Facet, scoped.Filter, string.Join(',', scoped.GroupBy), scoped.Top);
        }

        var cells = figures == StatisticsFigures.Exact
            ? await store.SumAsync(scoped, CancellationToken.None)
            : await store.PublishedSumAsync(scoped, CancellationToken.None);
        return StatisticsAnswering.Answer(cells, scoped.Top, sector, figures);
    }

    /// <summary>Platform administrators (who may read every application anyway) see exact figures; everyone else published ones.</summary>
    public static bool ExactFiguresFor(Actor actor) => actor.Role is ActorRole.PlatformAdministrator or ActorRole.System;

    [LoggerMessage(EventId = 7301, Level = LogLevel.Information,
        Message = "Audit: exact statistics asked by {SubjectId} ({Role}): facet {Facet}, filter {Filter}, group by [{GroupBy}], top {Top}.")]
    private static partial void LogExactQuestion(
        ILogger logger, string subjectId, ActorRole role, StatisticsFacet facet, StatisticsFilter filter, string groupBy, int? top);
}
