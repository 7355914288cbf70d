using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Applications;

public sealed class ApplicationDecisionTests
{
    private static readonly RequestedRecognition MachineLearning = TestData.Discipline("CS-301", "Machine Learning");
    private static readonly RequestedRecognition Statistics = TestData.Discipline("MA-210", "Statistics");
    private static readonly DateOnly MeetingDay = new(2025, 9, 10);

    private static Protocol ProtocolWith(params string[] present) => new("P-12", MeetingDay, present);

    private static ApplicationDecision Decide(Protocol protocol, params DisciplineDecision[] decisions) =>
        ApplicationDecision.Create([MachineLearning, Statistics], decisions, protocol, TestData.Commission(), DecisionOptions.Default);

    private static RecognisedDiscipline Recognised(RequestedRecognition item) =>
        DisciplineDecision.Recognise(item, 5, TestData.GradeA(), RecognitionExtent.Whole);

    [Fact]
    public void All_items_recognised_gives_recognised() =>
        Assert.Equal(ApplicationStatus.Recognised, Decide(ProtocolWith("Dana Nurlanovna Ermekova"), Recognised(MachineLearning), Recognised(Statistics)).Outcome);

    [Fact]
    public void No_item_recognised_gives_not_recognised() =>
        Assert.Equal(
            ApplicationStatus.NotRecognised,
            Decide(
                ProtocolWith("Dana Nurlanovna Ermekova"),
                DisciplineDecision.Refuse(MachineLearning, "Content does not match."),
                DisciplineDecision.Refuse(Statistics, "Objectives do not match.")).Outcome);

    [Fact]
    public void Some_items_recognised_gives_partly_recognised() =>
        Assert.Equal(
            ApplicationStatus.PartlyRecognised,
            Decide(ProtocolWith("Dana Nurlanovna Ermekova"), Recognised(MachineLearning), DisciplineDecision.Refuse(Statistics, "Volume short.")).Outcome);

    [Fact]
    public void Refusal_without_a_written_reason_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => DisciplineDecision.Refuse(Statistics, "  "));

        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
        Assert.Equal("Reason", ex.Field);
    }

    [Fact]
    public void Recognition_of_part_of_a_discipline_is_recorded_as_part() =>
        Assert.Equal(RecognitionExtent.Part, DisciplineDecision.Recognise(Statistics, 2, TestData.GradeA(), RecognitionExtent.Part).Extent);

    [Fact]
    public void Recognised_credits_must_be_positive() =>
        Assert.Throws<DomainException>(() => DisciplineDecision.Recognise(Statistics, 0, TestData.GradeA(), RecognitionExtent.Whole));

    [Fact]
    public void Every_requested_item_needs_a_decision() =>
        Assert.Contains("MA-210 has none", Assert.Throws<DomainException>(() => Decide(ProtocolWith("Dana Nurlanovna Ermekova"), Recognised(MachineLearning))).Message, StringComparison.Ordinal);

    [Fact]
    public void Item_decided_twice_is_refused() =>
        Assert.Throws<DomainException>(() => Decide(ProtocolWith("Dana Nurlanovna Ermekova"), Recognised(MachineLearning), Recognised(Statistics), Recognised(Statistics)));

    [Fact]
    public void Decision_on_an_item_not_requested_is_refused() =>
        Assert.Throws<DomainException>(() => Decide(
            ProtocolWith("Dana Nurlanovna Ermekova"),
            Recognised(MachineLearning),
            Recognised(Statistics),
            Recognised(TestData.Discipline("PH-100", "Physics"))));

    [Fact]
    public void Chair_alone_is_a_quorum_by_default() =>
        Assert.Equal(ApplicationStatus.Recognised, Decide(ProtocolWith("Dana Nurlanovna Ermekova"), Recognised(MachineLearning), Recognised(Statistics)).Outcome);

    [Fact]
    public void Majority_without_the_chair_is_a_quorum_by_default() =>
        Assert.Equal(
            ApplicationStatus.Recognised,
            Decide(ProtocolWith("Arman Bekov", "Gulnara Tulegenova", "Yerlan Zhaksylykov"), Recognised(MachineLearning), Recognised(Statistics)).Outcome);

    [Fact]
    public void Half_of_the_members_without_the_chair_is_not_a_quorum()
    {
        var ex = Assert.Throws<DomainException>(() => Decide(ProtocolWith("Arman Bekov", "Gulnara Tulegenova"), Recognised(MachineLearning), Recognised(Statistics)));

        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
        Assert.Contains("2 of 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Institution_requiring_a_majority_does_not_accept_the_chair_alone()
    {
        var composition = TestData.Commission().CurrentComposition;

        Assert.False(ApplicationDecision.IsQuorate(ProtocolWith("Dana Nurlanovna Ermekova"), composition, QuorumRule.Majority));
        Assert.True(ApplicationDecision.IsQuorate(ProtocolWith("Dana Nurlanovna Ermekova"), composition, QuorumRule.ChairOrMajority));
        Assert.False(ApplicationDecision.IsQuorate(ProtocolWith("Arman Bekov", "Gulnara Tulegenova", "Yerlan Zhaksylykov"), composition, QuorumRule.ChairAndMajority));
    }

    [Fact]
    public void Person_outside_the_composition_cannot_sit_in_the_protocol() =>
        Assert.Equal(
            DomainErrorCode.Forbidden,
            Assert.Throws<DomainException>(() => Decide(ProtocolWith("Dana Nurlanovna Ermekova", "Somebody Else"), Recognised(MachineLearning), Recognised(Statistics))).Code);

    [Fact]
    public void Protocol_is_judged_against_the_composition_in_force_on_its_date()
    {
        var commission = TestData.Commission().Reconstitute(
            TestData.Order("77-P", 2025, 9, 5),
            [new CommissionMember("Marat Ospanov", "Dean", CommissionRole.Chair)]);

        var ex = Assert.Throws<DomainException>(() => ApplicationDecision.Create(
            [MachineLearning],
            [Recognised(MachineLearning)],
            ProtocolWith("Dana Nurlanovna Ermekova"),
            commission,
            DecisionOptions.Default));

        Assert.Equal(DomainErrorCode.Forbidden, ex.Code);
    }

    [Fact]
    public void Decision_moves_the_application_under_review_to_its_outcome()
    {
        var decision = Decide(ProtocolWith("Dana Nurlanovna Ermekova"), Recognised(MachineLearning), DisciplineDecision.Refuse(Statistics, "Volume short."));

        Assert.Equal(ApplicationStatus.PartlyRecognised, ApplicationLifecycle.Decide(ApplicationStatus.UnderReview, decision));
    }
}
