using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Testing;
using Xunit;

namespace NationalRecognition.Grains.Tests.Statistics;

/// <summary>The statistics over the in-memory log: exact against a recount and the scenario's tally, and who sees what.</summary>
[Collection(WorkflowClusterCollection.Name)]
public sealed class NationalStatisticsTests(WorkflowClusterFixture fixture)
{
    private INationalStatisticsGrain Statistics => fixture.Grains.GetGrain<INationalStatisticsGrain>(0);

    [Fact]
    public async Task Aggregates_equal_a_recount_of_the_log_and_the_scenario_s_own_tally()
    {
        var scenario = await StatisticsScenario.Run(fixture.Grains, institutions: 6, perInstitution: 48, seed: 7);
        await SharedEventLog.CatchUpAsync();

        await ScenarioChecks.AggregatesEqualTheRecountAndTheTally(SharedEventLog.Statistics, scenario);
    }

    [Fact]
    public async Task An_analyst_of_a_ministry_sees_only_that_ministry_s_sector()
    {
        await StatisticsScenario.Run(fixture.Grains, institutions: 3, perInstitution: 8, seed: 11);
        await SharedEventLog.CatchUpAsync();
        var analyst = new Actor("analyst-enl", ActorRole.MinistryAnalyst, Ministry: Ministry.Enlightenment);

        var answer = await Statistics.Query(new StatisticsQuery(StatisticsFacet.All, StatisticsFilter.None, [StatisticsDimension.Ministry]), analyst);

        Assert.Equal(Ministry.Enlightenment, answer.Sector);
        Assert.Equal([Ministry.Enlightenment], answer.Cells.Select(c => c.Group.Ministry!.Value).Distinct());
    }

    [Fact]
    public async Task A_national_analyst_sees_both_ministries()
    {
        await StatisticsScenario.Run(fixture.Grains, institutions: 3, perInstitution: 8, seed: 13);
        await SharedEventLog.CatchUpAsync();
        var national = new Actor("analyst-national", ActorRole.MinistryAnalyst);

        var answer = await Statistics.Query(new StatisticsQuery(StatisticsFacet.All, StatisticsFilter.None, [StatisticsDimension.Ministry]), national);

        Assert.Null(answer.Sector);
        Assert.Equal([Ministry.Enlightenment, Ministry.ScienceAndHigherEducation], answer.Cells.Select(c => c.Group.Ministry!.Value).Order());
    }

    [Fact]
    public async Task An_analyst_asking_for_the_other_ministry_is_refused() =>
        await Refusal.Expect(
            () => Statistics.Query(new StatisticsQuery(StatisticsFacet.All, new StatisticsFilter(Ministry: Ministry.Enlightenment), []), Actors.Analyst),
            DomainErrorCode.Forbidden);

    [Theory]
    [InlineData(ActorRole.Learner)]
    [InlineData(ActorRole.Registrar)]
    [InlineData(ActorRole.CommissionChair)]
    [InlineData(ActorRole.ExchangeFeed)]
    [InlineData(ActorRole.Anonymous)]
    public async Task Only_analysts_and_administrators_read_statistics(ActorRole role) =>
        await Refusal.Expect(
            () => Statistics.Query(new StatisticsQuery(StatisticsFacet.All, StatisticsFilter.None, []), new Actor("someone", role, TestIdentities.NewBin())),
            DomainErrorCode.Forbidden);

    [Fact]
    public async Task An_institution_with_fewer_than_five_applications_shows_no_counts()
    {
        var campus = await Campus.Open(fixture.Grains);
        var iin = TestIdentities.NewIin();
        await campus.Submit(campus.Application(iin, Certificates.Mooc(iin)));
        await SharedEventLog.CatchUpAsync();

        var answer = await Statistics.Query(
            new StatisticsQuery(StatisticsFacet.All, new StatisticsFilter(InstitutionBin: campus.Bin), [StatisticsDimension.Institution]), Actors.Administrator);

        var cell = Assert.Single(answer.Cells);
        Assert.True(cell.Suppressed);
        Assert.Equal(5, answer.SuppressionThreshold);
    }

    [Fact]
    public async Task Top_institutions_are_those_with_the_most_applications()
    {
        var scenario = await StatisticsScenario.Run(fixture.Grains, institutions: 3, perInstitution: 12, seed: 17);
        await SharedEventLog.CatchUpAsync();

        var answer = await Statistics.Query(
            new StatisticsQuery(StatisticsFacet.All, StatisticsFilter.None, [StatisticsDimension.Institution], Top: 2), Actors.Administrator);

        Assert.Equal(2, answer.Cells.Count);
        var shown = answer.Cells.Where(c => !c.Suppressed).Select(c => c.Counts!.Applications).ToList();
        Assert.Equal(shown.OrderDescending(), shown);
    }

    [Fact]
    public async Task Top_beyond_its_limit_is_refused() =>
        await Refusal.Expect(
            () => Statistics.Query(new StatisticsQuery(StatisticsFacet.All, StatisticsFilter.None, [StatisticsDimension.Institution], Top: 0), Actors.Administrator),
            DomainErrorCode.Validation);
}
