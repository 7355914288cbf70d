using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Grading;
using Xunit;

namespace NationalRecognition.Domain.Tests.Applications;

public sealed class ApplicationDecisionTests
{
    private const string Chair = "Dana Nurlanovna Ermekova";
    private const string Secretary = "Arman Bekov";
    private const string Member = "Gulnara Tulegenova";
    private const string OtherMember = "Yerlan Zhaksylykov";

    private static readonly RequestedRecognition MachineLearning = TestData.Discipline("CS-301", "Machine Learning");
    private static readonly RequestedRecognition Statistics = TestData.Discipline("MA-210", "Statistics");
    private static readonly DateOnly SubmittedOn = new(2025, 8, 20);
    private static readonly DateOnly MeetingDay = new(2025, 9, 10);
    private static readonly DecisionCircumstances OnMeetingDay = new(SubmittedOn, MeetingDay, TestData.ChairSubject);

    private static Protocol ProtocolWith(params string[] present) => new("P-12", MeetingDay, present);

    private static Protocol Quorate() => ProtocolWith(Chair, Secretary, Member);

    private static ApplicationDecision Decide(Protocol protocol, params DisciplineDecision[] decisions) =>
        Decide(protocol, TestData.Commission(), OnMeetingDay, decisions);

    private static ApplicationDecision Decide(Protocol protocol, Commission commission, DecisionCircumstances circumstances, params DisciplineDecision[] decisions) =>
        ApplicationDecision.Create([MachineLearning, Statistics], decisions, protocol, commission, circumstances);

    private static RecognisedDiscipline Recognised(RequestedRecognition item) =>
        DisciplineDecision.Recognise(item, null, 5, TestData.GradeA(), RecognitionExtent.Whole);

    private static DisciplineDecision[] BothRecognised() => [Recognised(MachineLearning), Recognised(Statistics)];

    private static Commission WithRegulation(CommissionRegulation regulation) =>
        Commission.Establish(TestData.Order(), TestData.Members(), regulation);

    [Fact]
    public void All_items_recognised_gives_recognised() =>
        Assert.Equal(ApplicationStatus.Recognised, Decide(Quorate(), BothRecognised()).Outcome);

    [Fact]
    public void No_item_recognised_gives_not_recognised() =>
        Assert.Equal(
            ApplicationStatus.NotRecognised,
            Decide(Quorate(), DisciplineDecision.Refuse(MachineLearning, "Content does not match."), DisciplineDecision.Refuse(Statistics, "Objectives do not match.")).Outcome);

    [Fact]
    public void Some_items_recognised_gives_partly_recognised() =>
        Assert.Equal(ApplicationStatus.PartlyRecognised, Decide(Quorate(), Recognised(MachineLearning), DisciplineDecision.Refuse(Statistics, "Volume short.")).Outcome);

    [Fact]
    public void Refusal_without_a_written_reason_is_refused()
    {
        var ex = Assert.Throws<DomainException>(() => DisciplineDecision.Refuse(Statistics, "  "));

        Assert.Equal(DomainErrorCode.RuleViolation, ex.Code);
        Assert.Equal("Reason", ex.Field);
    }

    [Fact]
    public void Recognition_of_part_of_a_discipline_is_recorded_as_part_with_its_credits()
    {
        var part = DisciplineDecision.Recognise(Statistics, 2, 5, TestData.GradeA(), RecognitionExtent.Part);

        Assert.Equal((RecognitionExtent.Part, 2m), (part.Extent, part.Credits));
    }

    [Fact]
    public void Whole_recognition_carries_the_disciplines_credits() =>
        Assert.Equal(5m, DisciplineDecision.Recognise(Statistics, null, 5, TestData.GradeA(), RecognitionExtent.Whole).Credits);

    [Fact]
    public void Recognised_credits_cannot_exceed_the_disciplines_credits() =>
        Assert.Equal("Credits", Assert.Throws<DomainException>(() => DisciplineDecision.Recognise(Statistics, 7, 5, TestData.GradeA(), RecognitionExtent.Whole)).Field);

    [Fact]
    public void Partial_recognition_without_its_credits_is_refused() =>
        Assert.Equal(DomainErrorCode.RuleViolation, Assert.Throws<DomainException>(() => DisciplineDecision.Recognise(Statistics, null, 5, TestData.GradeA(), RecognitionExtent.Part)).Code);

    [Theory]
    [InlineData(0.5)]
    [InlineData(5)]
    [InlineData(6)]
    public void Partial_recognition_is_at_least_one_credit_and_less_than_the_whole(decimal credits) =>
        Assert.Equal("Credits", Assert.Throws<DomainException>(() => DisciplineDecision.Recognise(Statistics, credits, 5, TestData.GradeA(), RecognitionExtent.Part)).Field);

    [Theory]
    [InlineData(Letter.F)]
    [InlineData(Letter.FX)]
    public void Failing_letter_grade_is_not_carried_over(Letter letter)
    {
        var failing = GradeConverter.Convert(new LetterGrade(letter), GradeScale.Default);

        Assert.Equal("Grade", Assert.Throws<DomainException>(() => DisciplineDecision.Recognise(Statistics, null, 5, failing, RecognitionExtent.Whole)).Field);
    }

    [Fact]
    public void Failed_pass_fail_grade_is_not_carried_over()
    {
        var failed = GradeConverter.Convert(new PassFailGrade(false), GradeScale.Default);

        Assert.Equal(DomainErrorCode.RuleViolation, Assert.Throws<DomainException>(() => DisciplineDecision.Recognise(Statistics, null, 5, failed, RecognitionExtent.Whole)).Code);
    }

    [Fact]
    public void Every_requested_item_needs_a_decision() =>
        Assert.Contains("MA-210 has none", Assert.Throws<DomainException>(() => Decide(Quorate(), Recognised(MachineLearning))).Message, StringComparison.Ordinal);

    [Fact]
    public void Item_decided_twice_is_refused() =>
        Assert.Throws<DomainException>(() => Decide(Quorate(), Recognised(MachineLearning), Recognised(Statistics), Recognised(Statistics)));

    [Fact]
    public void Decision_on_an_item_not_requested_is_refused() =>
        Assert.Throws<DomainException>(() => Decide(Quorate(), Recognised(MachineLearning), Recognised(Statistics), Recognised(TestData.Discipline("PH-100", "Physics"))));

    [Fact]
    public void Chair_alone_is_not_a_quorum()
    {
        var ex = Assert.Throws<DomainException>(() => Decide(ProtocolWith(Chair), BothRecognised()));

        Assert.Equal((DomainErrorCode.RuleViolation, "22"), (ex.Code, ex.Clause));
    }

    [Fact]
    public void More_than_half_with_the_chair_is_a_quorum_by_default() =>
        Assert.Equal(ApplicationStatus.Recognised, Decide(ProtocolWith(Chair, Secretary, OtherMember), BothRecognised()).Outcome);

    [Fact]
    public void Half_of_the_members_is_not_a_quorum_by_default() =>
        Assert.Contains("3 of 4", Assert.Throws<DomainException>(() => Decide(ProtocolWith(Chair, Secretary), BothRecognised())).Message, StringComparison.Ordinal);

    [Fact]
    public void Majority_without_the_signing_chair_cannot_record_a_decision() =>
        Assert.Contains("signed by the chair", Assert.Throws<DomainException>(() => Decide(ProtocolWith(Secretary, Member, OtherMember), BothRecognised())).Message, StringComparison.Ordinal);

    [Fact]
    public void Regulation_quorum_by_count_is_applied()
    {
        var commission = WithRegulation(new(Quorum.AtLeast(2), CommissionRole.Secretary, CommissionRole.Chair, votesRecorded: false));

        Assert.Equal(ApplicationStatus.Recognised, Decide(ProtocolWith(Chair, Secretary), commission, OnMeetingDay, BothRecognised()).Outcome);
    }

    [Fact]
    public void Regulation_quorum_by_fraction_is_applied()
    {
        var commission = WithRegulation(new(Quorum.AtLeastFraction(1m), CommissionRole.Secretary, CommissionRole.Chair, votesRecorded: false));

        Assert.Throws<DomainException>(() => Decide(Quorate(), commission, OnMeetingDay, BothRecognised()));
        Assert.Equal(ApplicationStatus.Recognised, Decide(ProtocolWith(Chair, Secretary, Member, OtherMember), commission, OnMeetingDay, BothRecognised()).Outcome);
    }

    [Fact]
    public void Regulation_recording_votes_needs_the_votes_of_every_member_present()
    {
        var commission = WithRegulation(new(Quorum.MoreThanHalf, CommissionRole.Secretary, CommissionRole.Chair, votesRecorded: true));

        Assert.Equal("Protocol.Votes", Assert.Throws<DomainException>(() => Decide(Quorate(), commission, OnMeetingDay, BothRecognised())).Field);
        Assert.Equal("Protocol.Votes", Assert.Throws<DomainException>(() =>
            Decide(new Protocol("P-12", MeetingDay, [Chair, Secretary, Member], new ProtocolVotes(2, 0, 0)), commission, OnMeetingDay, BothRecognised())).Field);
        Assert.Equal(ApplicationStatus.Recognised,
            Decide(new Protocol("P-12", MeetingDay, [Chair, Secretary, Member], new ProtocolVotes(2, 1, 0)), commission, OnMeetingDay, BothRecognised()).Outcome);
    }

    [Fact]
    public void Caller_who_is_not_a_member_of_the_composition_cannot_record_the_decision()
    {
        var ex = Assert.Throws<DomainException>(() => Decide(Quorate(), TestData.Commission(), OnMeetingDay with { RecordedBySubjectId = "sub-stranger" }, BothRecognised()));

        Assert.Equal((DomainErrorCode.Forbidden, "22"), (ex.Code, ex.Clause));
    }

    [Fact]
    public void Secretary_records_the_decision_under_the_default_regulation() =>
        Assert.Equal(ApplicationStatus.Recognised, Decide(Quorate(), TestData.Commission(), OnMeetingDay with { RecordedBySubjectId = TestData.SecretarySubject }, BothRecognised()).Outcome);

    [Fact]
    public void Ordinary_member_cannot_record_the_decision_under_the_default_regulation() =>
        Assert.Equal(DomainErrorCode.Forbidden,
            Assert.Throws<DomainException>(() => Decide(Quorate(), TestData.Commission(), OnMeetingDay with { RecordedBySubjectId = TestData.MemberSubject }, BothRecognised())).Code);

    [Fact]
    public void Caller_must_be_a_member_of_the_composition_in_force_on_the_protocol_date()
    {
        var commission = TestData.Commission().Reconstitute(
            TestData.Order("77-P", 2025, 9, 5),
            [new CommissionMember("Marat Ospanov", "Dean", CommissionRole.Chair, "sub-ospanov"), new CommissionMember("Arman Bekov", "Registrar", CommissionRole.Secretary)]);

        var ex = Assert.Throws<DomainException>(() => Decide(ProtocolWith("Marat Ospanov", "Arman Bekov"), commission, OnMeetingDay, BothRecognised()));

        Assert.Equal(DomainErrorCode.Forbidden, ex.Code);
        Assert.Equal(ApplicationStatus.Recognised,
            Decide(ProtocolWith("Marat Ospanov", "Arman Bekov"), commission, OnMeetingDay with { RecordedBySubjectId = "sub-ospanov" }, BothRecognised()).Outcome);
    }

    [Fact]
    public void Person_outside_the_composition_cannot_sit_in_the_protocol() =>
        Assert.Equal(DomainErrorCode.Forbidden, Assert.Throws<DomainException>(() => Decide(ProtocolWith(Chair, Secretary, Member, "Somebody Else"), BothRecognised())).Code);

    [Fact]
    public void Protocol_dated_before_the_submission_is_refused() =>
        Assert.Equal("Protocol.Date", Assert.Throws<DomainException>(() =>
            Decide(new Protocol("P-12", SubmittedOn.AddDays(-1), [Chair, Secretary, Member]), TestData.Commission(), OnMeetingDay, BothRecognised())).Field);

    [Fact]
    public void Protocol_dated_on_the_submission_day_is_accepted() =>
        Assert.Equal(ApplicationStatus.Recognised,
            Decide(new Protocol("P-12", SubmittedOn, [Chair, Secretary, Member]), TestData.Commission(), OnMeetingDay, BothRecognised()).Outcome);

    [Fact]
    public void Protocol_dated_in_the_future_is_refused() =>
        Assert.Contains("in the future", Assert.Throws<DomainException>(() =>
            Decide(Quorate(), TestData.Commission(), OnMeetingDay with { Today = MeetingDay.AddDays(-1) }, BothRecognised())).Message, StringComparison.Ordinal);

    [Fact]
    public void Decision_moves_the_application_under_review_to_its_outcome()
    {
        var decision = Decide(Quorate(), Recognised(MachineLearning), DisciplineDecision.Refuse(Statistics, "Volume short."));

        Assert.Equal(ApplicationStatus.PartlyRecognised, ApplicationLifecycle.Decide(ApplicationStatus.UnderReview, decision));
    }
}
