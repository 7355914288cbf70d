using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Grains.ReadModels.Statistics;
using Xunit;

namespace NationalRecognition.Grains.Tests.Statistics;

public sealed class SmallCellSuppressionTests
{
    [Fact]
    public void A_cell_of_fewer_than_five_applications_shows_no_counts()
    {
        var cells = SmallCellSuppression.Apply([Cell(Region.Abai, 4), Cell(Region.Akmola, 50), Cell(Region.Aktobe, 0, refusals: 3)]);

        Assert.Equal([true, false, true], cells.Select(c => c.Suppressed));
    }

    [Fact]
    public void A_single_small_cell_is_hidden_alone_because_its_perturbed_figure_had_from_a_total_protects_as_well()
    {
        var cells = SmallCellSuppression.Apply([Cell(Region.Abai, 2), Cell(Region.Akmola, 50), Cell(Region.Aktobe, 7)]);

        Assert.Equal([true, false, false], cells.Select(c => c.Suppressed));
    }

    [Fact]
    public void A_cell_of_fewer_than_ten_decisions_shows_no_decision_time_percentiles()
    {
        var hours = new long[DecisionTimeBuckets.Count];
        hours[3] = 9;
        var cell = Cell(Region.Abai, 40) with { Counts = Counts(40) with { DecisionsRecognised = 9, DecisionHours = hours } };

        var shown = Assert.Single(SmallCellSuppression.Apply([cell])).Counts!;

        Assert.Equal((9L, (double?)null, (double?)null), (shown.Decisions, shown.MedianDecisionHours, shown.P90DecisionHours));
    }

    [Fact]
    public void Five_applications_are_shown()
    {
        var cells = SmallCellSuppression.Apply([Cell(Region.Abai, 5)]);

        Assert.False(Assert.Single(cells).Suppressed);
    }

    [Fact]
    public void Few_decisions_in_a_large_cell_are_suppressed_too()
    {
        var cell = Cell(Region.Abai, 40) with { Counts = Counts(40) with { DecisionsRecognised = 1 } };

        Assert.True(Assert.Single(SmallCellSuppression.Apply([cell])).Suppressed);
    }

    private static StatisticsCell Cell(Region region, long applications, long refusals = 0) =>
        new(new StatisticsGroup(Region: region), Counts(applications) with { Refusals = refusals });

    private static StatisticsCounts Counts(long applications)
    {
        var byStatus = new long[StatisticsCounts.StatusCount];
        byStatus[(int)ApplicationStatus.Submitted] = applications;
        return StatisticsCounts.Zero with { ApplicationsByStatus = byStatus };
    }
}
