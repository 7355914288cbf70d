using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Grains.ReadModels.Statistics;
using Xunit;

namespace NationalRecognition.Grains.Tests.Statistics;

public sealed class StatisticsLedgerTests
{
    private const string Bin = "010140001234";
    private static readonly DateTimeOffset SubmittedAt = new(2025, 8, 14, 10, 0, 0, TimeSpan.FromHours(5));
    private static readonly DateOnly August = new(2025, 8, 1);
    private static readonly DateOnly September = new(2025, 9, 1);

    [Fact]
    public void Submission_is_counted_under_its_institution_region_ministry_academic_year_and_month()
    {
        var ledger = Described();
        ledger.Apply(Opened(Guid.NewGuid()));

        var (key, counts) = Assert.Single(ledger.TakeDeltas(), d => d.Key.Facet == StatisticsFacet.All);
        Assert.Equal(new StatisticsGroup(Ministry.ScienceAndHigherEducation, Region.Karaganda, InstitutionKind.Higher, Bin,
            InstitutionKind.Higher, 2025, "2025-autumn", August, string.Empty), key.Group);
        Assert.Equal(1, counts.Of(ApplicationStatus.Submitted));
    }

    [Fact]
    public void A_status_change_moves_the_application_between_counters_of_its_submission_month()
    {
        var ledger = Described();
        var id = Guid.NewGuid();
        ledger.Apply(Opened(id));
        ledger.Apply(new ApplicationMoved(id, 2, ApplicationStatus.UnderReview, SubmittedAt.AddDays(30), 0, 0, 0m));

        var all = ledger.TakeDeltas().Single(d => d.Key.Facet == StatisticsFacet.All);
        Assert.Equal(August, all.Key.Group.Month);
        Assert.Equal((0L, 1L), (all.Value.Of(ApplicationStatus.Submitted), all.Value.Of(ApplicationStatus.UnderReview)));
    }

    [Fact]
    public void A_decision_is_counted_in_the_month_it_was_taken_with_units_credits_and_its_duration()
    {
        var ledger = Described();
        var id = Guid.NewGuid();
        ledger.Apply(Opened(id));
        ledger.Apply(new ApplicationMoved(id, 2, ApplicationStatus.UnderReview, SubmittedAt.AddDays(1), 0, 0, 0m));
        ledger.Apply(new ApplicationMoved(id, 3, ApplicationStatus.PartlyRecognised, SubmittedAt.AddDays(20), 1, 1, 4.5m));

        var decided = ledger.TakeDeltas().Single(d => d.Key.Facet == StatisticsFacet.All && d.Key.Group.Month == September).Value;
        Assert.Equal((1L, 1L, 1L, 4.5m), (decided.DecisionsPartlyRecognised, decided.UnitsRecognised, decided.UnitsRefused, decided.CreditsRecognised));
        Assert.Equal(1, decided.DecisionHours[DecisionTimeBuckets.IndexOf(TimeSpan.FromDays(20))]);
        Assert.Equal(0, decided.Applications);
    }

    [Fact]
    public void An_application_counts_once_in_each_value_of_each_facet_it_carries()
    {
        var ledger = Described();
        ledger.Apply(Opened(Guid.NewGuid(),
            [IssuerKind.MoocPlatform, IssuerKind.MoocPlatform, IssuerKind.ElectronicLabourExchange],
            [MoocPlatform.Coursera, MoocPlatform.EdX], ["Welder"]));

        var facets = ledger.TakeDeltas().Select(d => (d.Key.Facet, d.Key.Group.FacetValue, d.Value.Applications)).OrderBy(f => f.Facet).ThenBy(f => f.FacetValue).ToList();
        Assert.Equal(
        [
            (StatisticsFacet.All, string.Empty, 1L),
            (StatisticsFacet.IssuerKind, "ElectronicLabourExchange", 1L),
            (StatisticsFacet.IssuerKind, "MoocPlatform", 1L),
            (StatisticsFacet.MoocPlatform, "Coursera", 1L),
            (StatisticsFacet.MoocPlatform, "EdX", 1L),
            (StatisticsFacet.Profession, "Welder", 1L),
        ], facets);
    }

    [Fact]
    public void A_change_of_a_version_already_applied_changes_nothing()
    {
        var ledger = Described();
        var id = Guid.NewGuid();
        ledger.Apply(Opened(id));
        ledger.Apply(new ApplicationMoved(id, 2, ApplicationStatus.Withdrawn, SubmittedAt, 0, 0, 0m));
        ledger.TakeDeltas();

        ledger.Apply(new ApplicationMoved(id, 2, ApplicationStatus.Withdrawn, SubmittedAt, 0, 0, 0m));
        ledger.Apply(Opened(id));

        Assert.Empty(ledger.TakeDeltas());
    }

    [Fact]
    public void A_later_move_of_the_institution_to_another_region_moves_no_counts()
    {
        var ledger = Described();
        var id = Guid.NewGuid();
        ledger.Apply(Opened(id));
        ledger.Apply(new InstitutionDescribed(Bin, [InstitutionKind.Higher], Region.Ulytau, [Ministry.ScienceAndHigherEducation]));
        ledger.Apply(new ApplicationMoved(id, 2, ApplicationStatus.UnderReview, SubmittedAt, 0, 0, 0m));

        var all = Assert.Single(ledger.TakeDeltas(), d => d.Key.Facet == StatisticsFacet.All);
        Assert.Equal(Region.Karaganda, all.Key.Group.Region);
    }

    [Fact]
    public void A_refusal_names_the_institution_only_when_it_is_registered()
    {
        var ledger = Described();
        ledger.Apply(new SubmissionRefused(Bin, "13", SubmittedAt));
        ledger.Apply(new SubmissionRefused("999999999999", "13", SubmittedAt));

        var rows = ledger.TakeDeltas().Where(d => d.Key.Facet == StatisticsFacet.RefusalClause).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Key.Group.InstitutionBin == Bin && r.Key.Group.Region == Region.Karaganda && r.Value.Refusals == 1);
        Assert.Contains(rows, r => r.Key.Group.InstitutionBin is null && r.Key.Group.Region is null && r.Value.Refusals == 1);
    }

    [Theory]
    [InlineData(2025, 9, 1, 2025)]
    [InlineData(2025, 8, 25, 2025)]
    [InlineData(2026, 1, 15, 2025)]
    [InlineData(2026, 6, 1, 2025)]
    public void A_period_belongs_to_the_academic_year_it_starts_in(int year, int month, int day, int academicYear) =>
        Assert.Equal(academicYear, StatisticsLedger.AcademicYearOf(new DateOnly(year, month, day)));

    [Fact]
    public void The_month_is_Kazakhstan_s_month()
    {
        // 20:00 UTC on 31 August is 1 September in Kazakhstan (UTC+5).
        Assert.Equal(September, StatisticsLedger.MonthOf(new DateTimeOffset(2025, 8, 31, 20, 0, 0, TimeSpan.Zero)));
    }

    private static StatisticsLedger Described()
    {
        var ledger = new StatisticsLedger(new RecordKeys(CellKeySecret.Random()));
        ledger.Apply(new InstitutionDescribed(Bin, [InstitutionKind.Higher, InstitutionKind.Tvet], Region.Karaganda,
            [Ministry.ScienceAndHigherEducation, Ministry.Enlightenment]));
        ledger.Apply(new PeriodDescribed(Bin, "2025-autumn", new DateOnly(2025, 9, 1)));
        ledger.TakeDeltas();
        return ledger;
    }

    private static ApplicationOpened Opened(
        Guid id, IReadOnlyList<IssuerKind>? kinds = null, IReadOnlyList<MoocPlatform>? platforms = null, IReadOnlyList<string>? professions = null) =>
        new(id, 1, ApplicationStatus.Submitted, Bin, "2025-autumn", InstitutionKind.Higher, SubmittedAt,
            kinds ?? [IssuerKind.EducationOrganisation], platforms ?? [], professions ?? []);
}
