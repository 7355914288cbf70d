using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Grains.ReadModels.Statistics;
using Xunit;

namespace NationalRecognition.Grains.Tests.Statistics;

public sealed class StatisticsRollupTests
{
    private static readonly DateOnly August = new(2025, 8, 1);

    [Theory]
    [InlineData(new StatisticsDimension[0])]
    [InlineData(new[] { StatisticsDimension.Ministry, StatisticsDimension.Region })]
    [InlineData(new[] { StatisticsDimension.Month })]
    [InlineData(new[] { StatisticsDimension.FacetValue })]
    public void The_rollup_answers_national_sector_region_month_and_facet_questions(StatisticsDimension[] groupBy)
    {
        var query = new StatisticsQuery(StatisticsFacet.IssuerKind,
            new StatisticsFilter(Ministry: Ministry.Enlightenment, Region: Region.Abai, MonthFrom: August, MonthTo: August, FacetValue: "MoocPlatform"), groupBy);

        Assert.True(StatisticsRollup.Answers(query));
    }

    [Theory]
    [InlineData(StatisticsDimension.Institution)]
    [InlineData(StatisticsDimension.InstitutionKind)]
    [InlineData(StatisticsDimension.ProgrammeLevel)]
    [InlineData(StatisticsDimension.AcademicYear)]
    [InlineData(StatisticsDimension.AcademicPeriod)]
    public void A_question_grouped_by_a_dropped_dimension_reads_the_full_rows(StatisticsDimension dimension)
    {
        Assert.False(StatisticsRollup.Answers(new StatisticsQuery(StatisticsFacet.All, StatisticsFilter.None, [StatisticsDimension.Region, dimension])));
    }

    [Fact]
    public void A_question_filtered_by_a_dropped_dimension_reads_the_full_rows()
    {
        var filters = new[]
        {
            new StatisticsFilter(InstitutionBin: "010140001234"),
            new StatisticsFilter(InstitutionKind: InstitutionKind.Higher),
            new StatisticsFilter(ProgrammeLevel: InstitutionKind.Tvet),
            new StatisticsFilter(AcademicYear: 2025),
            new StatisticsFilter(AcademicPeriodId: "2025-autumn"),
        };

        Assert.All(filters, filter => Assert.False(StatisticsRollup.Answers(new StatisticsQuery(StatisticsFacet.All, filter, []))));
    }

    [Fact]
    public void Rows_of_two_institutions_of_one_region_and_month_roll_up_into_one_row_with_their_sums()
    {
        var first = Row("010140001234", InstitutionKind.Higher, submitted: 2, hoursBucket: 3);
        var second = Row("020240005678", InstitutionKind.Tvet, submitted: 5, hoursBucket: 7);
        var elsewhere = Row("030340009012", InstitutionKind.Higher, submitted: 1, hoursBucket: 3, region: Region.Abai);

        var rollup = StatisticsRollup.Of([first, second, elsewhere]);

        Assert.Equal(2, rollup.Count);
        var (key, counts) = rollup.Single(r => r.Key.Group.Region == Region.Karaganda);
        Assert.Equal(new StatisticsGroup(Ministry.ScienceAndHigherEducation, Region.Karaganda, Month: August, FacetValue: string.Empty), key.Group);
        Assert.Equal(7L, counts.Applications);
        Assert.Equal((1L, 1L), (counts.DecisionHours[3], counts.DecisionHours[7]));
    }

    private static KeyValuePair<StatisticsRowKey, StatisticsCounts> Row(
        string bin, InstitutionKind kind, long submitted, int hoursBucket, Region region = Region.Karaganda)
    {
        var byStatus = new long[StatisticsCounts.StatusCount];
        byStatus[0] = submitted;
        var hours = new long[DecisionTimeBuckets.Count];
        hours[hoursBucket] = 1;
        var key = new StatisticsRowKey(StatisticsFacet.All,
            new StatisticsGroup(Ministry.ScienceAndHigherEducation, region, kind, bin, kind, 2025, "2025-autumn", August, string.Empty));
        return new(key, new StatisticsCounts(byStatus, 0, 0, 0, 0, 0, 0m, hours, 0));
    }
}
