using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Comparison;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using Xunit;

namespace NationalRecognition.Domain.Tests.Comparison;

/// <summary>Clause 9: the decision may not contradict the comparison; several appendix entries combine for one unit.</summary>
public sealed class UnitComparisonTests
{
    private static DisciplineComparison Entry(
        string[] covered, bool content = true, bool objectives = true, Grade? grade = null, decimal hours = 150) =>
        DisciplineComparison.Create(DisciplineComparisonTests.Input(covered, Volume.OfHours(hours), grade, content, objectives));

    private static UnitComparison Of(params DisciplineComparison[] entries) => UnitComparison.Of(entries);

    private static DomainException Refusal(UnitComparison comparison, RecognitionExtent extent, CoverageRequirement? requirement = null) =>
        Assert.Throws<DomainException>(() => comparison.EnsureSupports(extent, requirement ?? CoverageRequirement.Default));

    [Fact]
    public void Two_courses_that_together_cover_the_syllabus_support_a_whole_recognition()
    {
        var together = Of(Entry(["LO1", "LO2"]), Entry(["LO3", "LO4"]));

        together.EnsureSupports(RecognitionExtent.Whole, CoverageRequirement.Default);
        Assert.True(together.Coverage.IsComplete);
    }

    [Fact]
    public void Volumes_of_the_supporting_courses_add_up() =>
        Assert.Equal(5m + 2m, Of(Entry(["LO1", "LO2"], hours: 150), Entry(["LO3"], hours: 60)).SupportingCredits);

    [Fact]
    public void A_short_volume_does_not_bar_a_whole_recognition_when_every_outcome_is_covered() =>
        Of(Entry(["LO1", "LO2", "LO3", "LO4"], hours: 30)).EnsureSupports(RecognitionExtent.Whole, CoverageRequirement.Default);

    [Fact]
    public void A_whole_recognition_with_outcomes_recorded_as_not_covered_is_refused_citing_clause_9()
    {
        var ex = Refusal(Of(Entry(["LO1", "LO2", "LO3"])), RecognitionExtent.Whole);

        Assert.Equal((DomainErrorCode.RuleViolation, "9"), (ex.Code, ex.Clause));
        Assert.Contains("Not covered: LO4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_recognition_needs_at_least_one_outcome_covered_by_default()
    {
        Of(Entry(["LO2"])).EnsureSupports(RecognitionExtent.Part, CoverageRequirement.Default);
        Assert.Equal("9", Refusal(Of(Entry([])), RecognitionExtent.Part).Clause);
    }

    [Fact]
    public void Content_recorded_as_not_matching_refuses_any_recognition_citing_clause_9()
    {
        var ex = Refusal(Of(Entry(["LO1", "LO2", "LO3", "LO4"], content: false)), RecognitionExtent.Part);

        Assert.Equal("9", ex.Clause);
        Assert.Contains("content", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Objectives_recorded_as_not_matching_refuse_any_recognition_citing_clause_9()
    {
        var ex = Refusal(Of(Entry(["LO1", "LO2", "LO3", "LO4"], objectives: false)), RecognitionExtent.Part);

        Assert.Equal("9", ex.Clause);
        Assert.Contains("objectives", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outcomes_of_a_course_whose_content_does_not_match_do_not_count_towards_the_coverage()
    {
        var comparison = Of(Entry(["LO1", "LO2"]), Entry(["LO3", "LO4"], content: false));

        Assert.Equal(2, comparison.Coverage.Covered);
        Assert.Equal("9", Refusal(comparison, RecognitionExtent.Whole).Clause);
        comparison.EnsureSupports(RecognitionExtent.Part, CoverageRequirement.Default);
    }

    [Fact]
    public void Outcomes_of_a_failed_course_do_not_count_towards_the_coverage() =>
        Assert.Equal(["LO1", "LO2"], Of(Entry(["LO1", "LO2"]), Entry(["LO3", "LO4"], grade: new PercentGrade(30))).Coverage.CoveredOutcomeIds);

    [Fact]
    public void A_failing_confirmed_grade_is_not_recognised_even_with_every_outcome_covered()
    {
        var ex = Refusal(Of(Entry(["LO1", "LO2", "LO3", "LO4"], grade: new LetterGrade(Letter.FX))), RecognitionExtent.Whole);

        Assert.Equal((DomainErrorCode.RuleViolation, "Grade"), (ex.Code, ex.Field));
    }

    [Fact]
    public void The_regulation_may_let_three_quarters_of_the_outcomes_suffice_for_a_whole_recognition()
    {
        var threeQuarters = CoverageRequirement.Of(OutcomeShare.Of(3, 4), OutcomeShare.Of(1, 4));

        Of(Entry(["LO1", "LO2", "LO3"])).EnsureSupports(RecognitionExtent.Whole, threeQuarters);
        Assert.Contains("at least 3/4 of the outcomes", Refusal(Of(Entry(["LO1", "LO2"])), RecognitionExtent.Whole, threeQuarters).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_regulation_may_ask_more_than_one_outcome_for_a_partial_recognition()
    {
        var half = CoverageRequirement.Of(OutcomeShare.All, OutcomeShare.Of(1, 2));

        Assert.Equal("9", Refusal(Of(Entry(["LO1"])), RecognitionExtent.Part, half).Clause);
        Of(Entry(["LO1", "LO2"])).EnsureSupports(RecognitionExtent.Part, half);
    }

    [Fact]
    public void The_confirmed_grade_is_the_lowest_of_the_supporting_courses()
    {
        var comparison = Of(Entry(["LO1"], grade: new PercentGrade(96)), Entry(["LO2"], grade: new PercentGrade(81)), Entry(["LO3"], grade: new PassFailGrade(true)));

        Assert.Equal(Letter.B, comparison.ConfirmedGrade!.Letter);
    }

    [Fact]
    public void A_bare_pass_is_the_confirmed_grade_only_when_no_supporting_course_has_a_band() =>
        Assert.Equal((null, true), (Of(Entry(["LO1"], grade: new PassFailGrade(true))).ConfirmedGrade!.Letter, Of(Entry(["LO1"], grade: new PassFailGrade(true))).ConfirmedGrade!.Passed));

    [Fact]
    public void Nothing_supporting_confirms_no_grade() =>
        Assert.Null(Of(Entry(["LO1"], content: false)).ConfirmedGrade);

    [Fact]
    public void Comparisons_of_different_units_are_not_combined()
    {
        var other = DisciplineComparison.Create(DisciplineComparisonTests.Input() with
        {
            Syllabus = new DisciplineSyllabus("MA-210", "Statistics", RequestedItemKind.Discipline, 5, ["LO1"]),
            CoveredOutcomeIds = ["LO1"],
        });

        Assert.Throws<DomainException>(() => Of(Entry(["LO1"]), other));
    }

    [Fact]
    public void A_discipline_and_a_module_with_one_code_are_not_combined()
    {
        var module = DisciplineComparison.Create(DisciplineComparisonTests.Input() with
        {
            Syllabus = new DisciplineSyllabus("CS-301", "Machine Learning", RequestedItemKind.Module, 5, ["LO1"]),
            CoveredOutcomeIds = ["LO1"],
        });

        Assert.Throws<DomainException>(() => Of(Entry(["LO1"]), module));
    }

    [Fact]
    public void No_comparison_is_nothing_to_combine() =>
        Assert.Throws<DomainException>(() => UnitComparison.Of([]));

    [Fact]
    public void A_whole_recognition_needing_less_than_a_partial_one_is_refused() =>
        Assert.Equal("Regulation.Coverage", Assert.Throws<DomainException>(() => CoverageRequirement.Of(OutcomeShare.Of(1, 2), OutcomeShare.Of(3, 4))).Field);

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(1, 0)]
    [InlineData(0, 0)]
    [InlineData(3, 2)]
    public void A_share_outside_nothing_to_everything_is_refused(int numerator, int denominator) =>
        Assert.Equal("22", Assert.Throws<DomainException>(() => OutcomeShare.Of(numerator, denominator)).Clause);

    [Theory]
    [InlineData(0, 4, false)]
    [InlineData(1, 4, true)]
    public void Some_is_at_least_one_outcome(int covered, int total, bool met) =>
        Assert.Equal(met, OutcomeShare.Some.IsMetBy(covered, total));

    [Fact]
    public void Shares_describe_themselves() =>
        Assert.Equal(
            ("every outcome", "at least one outcome", "at least 2/3 of the outcomes"),
            (OutcomeShare.All.Describe(), OutcomeShare.Some.Describe(), OutcomeShare.Of(2, 3).Describe()));

    [Fact]
    public void A_whole_recognition_may_need_as_much_as_a_partial_one() =>
        Assert.Same(OutcomeShare.All, CoverageRequirement.Of(OutcomeShare.All, OutcomeShare.All).ForPart);

    [Theory]
    [InlineData(0, 2)]
    [InlineData(2, 2)]
    public void A_share_from_nothing_to_everything_is_a_share(int numerator, int denominator) =>
        Assert.Equal((numerator, denominator), (OutcomeShare.Of(numerator, denominator).Numerator, OutcomeShare.Of(numerator, denominator).Denominator));

    [Theory]
    [InlineData(2, 4, true)]
    [InlineData(1, 4, false)]
    public void A_share_is_met_when_covered_times_denominator_reaches_numerator_times_total(int covered, int total, bool met) =>
        Assert.Equal(met, OutcomeShare.Of(1, 2).IsMetBy(covered, total));
}
