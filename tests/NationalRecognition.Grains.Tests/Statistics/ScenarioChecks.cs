using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Grains.ReadModels.Statistics;
using Xunit;

namespace NationalRecognition.Grains.Tests.Statistics;

/// <summary>Checks the aggregates against a recount of the log and against the scenario's own tally.</summary>
internal static class ScenarioChecks
{
    public static async Task AggregatesEqualTheRecountAndTheTally(IStatisticsQueries store, StatisticsScenario scenario)
    {
        var reconciliation = await store.ReconcileAsync(CancellationToken.None);
        Assert.True(reconciliation.IsExact,
            $"{reconciliation.Drifts.Count} of {reconciliation.RowsCompared} aggregate row(s) differ from the recount of {reconciliation.EventsRecounted} event(s):\n" + string.Join('\n', reconciliation.Drifts.OrderBy(d => d.Stored.IsZero).Take(3).Concat(reconciliation.Drifts.Where(d => d.Stored.IsZero).Take(3))));

        foreach (var (campus, tally) in scenario.Campuses)
        {
            var only = new StatisticsFilter(InstitutionBin: campus.Bin);
            var all = await Single(store, StatisticsFacet.All, only);
            Assert.Equal(tally.ByStatus, all.ApplicationsByStatus);
            Assert.Equal(
                (tally.Decisions.GetValueOrDefault(ApplicationStatus.Recognised), tally.Decisions.GetValueOrDefault(ApplicationStatus.PartlyRecognised),
                    tally.Decisions.GetValueOrDefault(ApplicationStatus.NotRecognised)),
                (all.DecisionsRecognised, all.DecisionsPartlyRecognised, all.DecisionsNotRecognised));
            Assert.Equal((tally.UnitsRecognised, tally.UnitsRefused, tally.Credits), (all.UnitsRecognised, all.UnitsRefused, all.CreditsRecognised));
            Assert.Equal(all.Decisions, all.DecisionHours.Sum());

            Assert.Equal(tally.IssuerKinds.OrderBy(k => k.Key), await ByFacetValue(store, StatisticsFacet.IssuerKind, only));
            Assert.Equal(tally.Platforms.OrderBy(k => k.Key), await ByFacetValue(store, StatisticsFacet.MoocPlatform, only));
            Assert.Equal(tally.Professions.OrderBy(k => k.Key), await ByFacetValue(store, StatisticsFacet.Profession, only));
            var refusals = await store.SumAsync(new StatisticsQuery(StatisticsFacet.RefusalClause, only, [StatisticsDimension.FacetValue]), CancellationToken.None);
            Assert.Equal(tally.Refusals, refusals.Where(c => c.Group.FacetValue == "13").Sum(c => c.Counts!.Refusals));

            // Drill-down: the institution's rows carry its region and its ministry.
            var drill = await store.SumAsync(new StatisticsQuery(StatisticsFacet.All, only,
                [StatisticsDimension.Ministry, StatisticsDimension.Region, StatisticsDimension.Institution]), CancellationToken.None);
            var cell = Assert.Single(drill);
            Assert.Equal((Domain.Institutions.InstitutionKinds.MinistryOf(campus.Kind), campus.Bin), (cell.Group.Ministry!.Value, cell.Group.InstitutionBin));
        }
    }

    private static async Task<StatisticsCounts> Single(IStatisticsQueries store, StatisticsFacet facet, StatisticsFilter filter) =>
        Assert.Single(await store.SumAsync(new StatisticsQuery(facet, filter, []), CancellationToken.None)).Counts!;

    private static async Task<IEnumerable<KeyValuePair<string, long>>> ByFacetValue(IStatisticsQueries store, StatisticsFacet facet, StatisticsFilter filter) =>
        (await store.SumAsync(new StatisticsQuery(facet, filter, [StatisticsDimension.FacetValue]), CancellationToken.None))
            .Select(c => KeyValuePair.Create(c.Group.FacetValue!, c.Counts!.Applications))
            .OrderBy(c => c.Key)
            .ToList();
}
