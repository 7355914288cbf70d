using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Applications;

/// <summary>The edges of the decision's rules: the least credits a recognition carries, a quorum met exactly, the platform recording.</summary>
public sealed class DecisionBoundaryTests
{
    private static readonly RequestedRecognition MachineLearning = TestData.Discipline("CS-301", "Machine Learning");
    private static readonly DateOnly MeetingDay = new(2025, 9, 10);

    [Fact]
    public void A_partial_recognition_of_one_credit_is_the_least_a_part_may_be() =>
        Assert.Equal(1m, DisciplineDecision.Recognise(MachineLearning, 1m, 5, TestData.GradeA(), RecognitionExtent.Part).Credits);

    [Fact]
    public void A_whole_recognition_of_a_one_credit_discipline_carries_its_credit() =>
        Assert.Equal(1m, DisciplineDecision.Recognise(MachineLearning, null, 1, TestData.GradeA(), RecognitionExtent.Whole).Credits);

    [Fact]
    public void A_discipline_of_less_than_one_credit_cannot_be_recognised()
    {
        var ex = Assert.Throws<DomainException>(() => DisciplineDecision.Recognise(MachineLearning, null, 0.5m, TestData.GradeA(), RecognitionExtent.Whole));

        Assert.Equal((DomainErrorCode.RuleViolation, "Credits"), (ex.Code, ex.Field));
    }

    [Fact]
    public void An_extent_that_is_neither_whole_nor_part_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => DisciplineDecision.Recognise(MachineLearning, null, 5, TestData.GradeA(), (RecognitionExtent)99));

        Assert.Equal((DomainErrorCode.Validation, "Extent"), (ex.Code, ex.Field));
    }

    [Fact]
    public void An_outcome_needs_at_least_one_decided_item()
    {
        var ex = Assert.Throws<DomainException>(() => ApplicationDecision.OutcomeOf([]));

        Assert.Equal((DomainErrorCode.Validation, "Decisions"), (ex.Code, ex.Field));
    }

    [Fact]
    public void Members_present_exactly_as_many_as_the_quorum_requires_are_quorate()
    {
        var composition = TestData.Commission().CompositionOn(MeetingDay);
        var required = composition.Regulation.Quorum.RequiredOf(composition.Members.Count);
        var present = composition.Members.Take(required).Select(m => m.Name).ToArray();

        Assert.True(ApplicationDecision.IsQuorate(new Protocol("P-12", MeetingDay, present), composition));
    }

    [Fact]
    public void Members_present_one_fewer_than_the_quorum_requires_are_not_quorate()
    {
        var composition = TestData.Commission().CompositionOn(MeetingDay);
        var required = composition.Regulation.Quorum.RequiredOf(composition.Members.Count);
        var present = composition.Members.Take(required - 1).Select(m => m.Name).ToArray();

        Assert.False(ApplicationDecision.IsQuorate(new Protocol("P-12", MeetingDay, present), composition));
    }

    [Fact]
    public void A_decision_the_platform_records_itself_names_no_member_as_recorder()
    {
        var protocol = new Protocol("P-12", MeetingDay, TestData.Members().Select(m => m.Name).ToArray());

        var decision = ApplicationDecision.Create(
            [MachineLearning],
            [DisciplineDecision.Recognise(MachineLearning, null, 5, TestData.GradeA(), RecognitionExtent.Whole)],
            protocol,
            TestData.Commission(),
            new DecisionCircumstances(new DateOnly(2025, 8, 20), MeetingDay, RecordedBySubjectId: null));

        Assert.Equal(ApplicationStatus.Recognised, decision.Outcome);
    }
}
