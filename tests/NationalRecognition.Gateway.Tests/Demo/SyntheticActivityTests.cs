using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Gateway.CoHosted.Demo;

namespace NationalRecognition.Gateway.Tests.Demo;

/// <summary>The synthetic demo activity against a local-mode cluster: the analysts' statistics show figures, and seeding again adds nothing.</summary>
public sealed class SyntheticActivityTests(DemoClusterFixture fixture) : IClassFixture<DemoClusterFixture>
{
    private const int Applications = 300;
    private const int Months = 12;

    private static readonly Actor Analyst = new("analyst", ActorRole.MinistryAnalyst);

    [Fact]
    public async Task Statistics_by_ministry_and_region_and_by_month_show_figures_above_the_suppression_threshold()
    {
        await Seeder().SeedSyntheticAsync(Applications, Months, CancellationToken.None);
        await fixture.CatchUpAsync();

        var byRegion = await Statistics(StatisticsDimension.Ministry, StatisticsDimension.Region);
        var byMonth = await Statistics(StatisticsDimension.Month);

        Assert.True(byRegion.Count(c => !c.Suppressed) >= 10, $"{byRegion.Count(c => !c.Suppressed)} of {byRegion.Count} ministry-region cells shown");
        Assert.True(byMonth.Count(c => !c.Suppressed) >= 6, $"{byMonth.Count(c => !c.Suppressed)} of {byMonth.Count} months shown");
        Assert.Contains(byRegion, c => c.Counts is { DecisionsRecognised: > 0 });
    }

    [Fact]
    public async Task Every_synthetic_application_is_accepted_by_the_rules_and_seeding_again_doubles_nothing()
    {
        await Seeder().SeedSyntheticAsync(Applications, Months, CancellationToken.None);
        await fixture.CatchUpAsync();
        var before = await Statistics(StatisticsDimension.Ministry);

        var again = await Seeder().SeedSyntheticAsync(Applications, Months, CancellationToken.None);
        await fixture.CatchUpAsync();

        Assert.Equal((0, 0, Applications), (again.ApplicationsAdvanced, again.Failed, again.ApplicationsByStatus.Values.Sum()));
        Assert.Equal(Figures(before), Figures(await Statistics(StatisticsDimension.Ministry)));
    }

    [Fact]
    public void The_same_seed_count_and_day_give_the_same_activity()
    {
        var today = new DateOnly(2026, 12, 7);

        var first = new SyntheticActivity(Applications, Months, today);
        var second = new SyntheticActivity(Applications, Months, today);

        Assert.Equal(first.Applications.Select(Describe), second.Applications.Select(Describe));
        Assert.All(first.Applications, a => Assert.True(a.SubmittedAt < Domain.Calendar.KazakhstanTime.StartOf(today)));
        Assert.Equal(Applications, first.Applications.Select(a => a.Plan.Command.LearnerIin).Distinct().Count());
    }

    private static string Describe(SyntheticApplicationPlan plan) =>
        $"{plan.Plan.Id} {plan.Plan.Institution.Bin} {plan.Plan.Target} {plan.SubmittedAt:O} {plan.ReviewedAt:O} {plan.ClosedAt:O}";

    private static IEnumerable<string> Figures(IEnumerable<StatisticsCell> cells) =>
        cells.Select(c => $"{c.Group} {c.Counts?.Applications} {c.Counts?.DecisionsRecognised} {c.Counts?.DecisionsNotRecognised}").Order(StringComparer.Ordinal);

    private async Task<IReadOnlyList<StatisticsCell>> Statistics(params StatisticsDimension[] groupBy) =>
        (await fixture.Grains.GetGrain<INationalStatisticsGrain>(0).Query(new StatisticsQuery(StatisticsFacet.All, new StatisticsFilter(), groupBy), Analyst)).Cells;

    private DemoDataSeeder Seeder() =>
        new(fixture.Grains, TimeProvider.System, Options.Create(new DemoDataOptions { Enabled = true }), new RecordingLogger<DemoDataSeeder>());
}
