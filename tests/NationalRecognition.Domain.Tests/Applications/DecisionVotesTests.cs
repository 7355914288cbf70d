using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Applications;

/// <summary>
/// Votes are per protocol: the members present vote on the decision on the application as the protocol records it,
/// and it stands only with the regulation's majority in favour.
/// </summary>
public sealed class DecisionVotesTests
{
    private const string Chair = "Dana Nurlanovna Ermekova";
    private const string Secretary = "Arman Bekov";
    private const string Member = "Gulnara Tulegenova";
    private const string OtherMember = "Yerlan Zhaksylykov";

    private static readonly RequestedRecognition MachineLearning = TestData.Discipline();
    private static readonly DateOnly MeetingDay = new(2025, 9, 10);
    private static readonly DecisionCircumstances Circumstances = new(new DateOnly(2025, 8, 20), MeetingDay, TestData.ChairSubject);

    private static CommissionRegulation Recording(VoteMajority majority) =>
        new(Quorum.MoreThanHalf, CommissionRole.Secretary, CommissionRole.Chair, votesRecorded: true) { Majority = majority };

    private static ApplicationDecision Decide(CommissionRegulation regulation, ProtocolVotes votes, DisciplineDecision decision, params string[] present) =>
        ApplicationDecision.Create(
            [MachineLearning],
            [decision],
            new Protocol("P-12", MeetingDay, present.Length == 0 ? [Chair, Secretary, Member, OtherMember] : present, votes),
            Commission.Establish(TestData.Order(), TestData.Members(), regulation),
            Circumstances);

    private static RecognisedDiscipline Recognised() =>
        DisciplineDecision.Recognise(MachineLearning, null, 5, TestData.GradeA(), RecognitionExtent.Whole);

    [Fact]
    public void A_recognition_the_vote_went_against_is_refused_citing_clause_22()
    {
        var ex = Assert.Throws<DomainException>(() => Decide(Recording(VoteMajority.OfMembersPresent), new ProtocolVotes(1, 3, 0), Recognised()));

        Assert.Equal((DomainErrorCode.RuleViolation, "Protocol.Votes", "22"), (ex.Code, ex.Field, ex.Clause));
    }

    [Fact]
    public void A_refusal_carried_by_the_vote_is_recorded() =>
        Assert.Equal(ApplicationStatus.NotRecognised,
            Decide(Recording(VoteMajority.OfMembersPresent), new ProtocolVotes(3, 1, 0), DisciplineDecision.Refuse(MachineLearning, "Objectives differ.")).Outcome);

    [Fact]
    public void A_recognition_carried_by_more_than_half_of_those_present_is_recorded() =>
        Assert.Equal(ApplicationStatus.Recognised, Decide(Recording(VoteMajority.OfMembersPresent), new ProtocolVotes(3, 0, 1), Recognised()).Outcome);

    [Fact]
    public void Abstentions_keep_a_recognition_from_more_than_half_of_those_present() =>
        Assert.Throws<DomainException>(() => Decide(Recording(VoteMajority.OfMembersPresent), new ProtocolVotes(2, 0, 2), Recognised()));

    [Fact]
    public void Under_a_majority_of_votes_cast_abstentions_do_not_count() =>
        Assert.Equal(ApplicationStatus.Recognised, Decide(Recording(VoteMajority.OfVotesCastFor), new ProtocolVotes(2, 1, 1), Recognised()).Outcome);

    [Fact]
    public void A_tie_carries_the_side_of_the_chair_where_the_regulation_gives_a_casting_vote()
    {
        var regulation = Recording(VoteMajority.OfMembersPresent.WithChairsCastingVote());

        Assert.Equal(ApplicationStatus.Recognised, Decide(regulation, new ProtocolVotes(2, 2, 0, chairVotedInFavour: true), Recognised()).Outcome);
        Assert.Throws<DomainException>(() => Decide(regulation, new ProtocolVotes(2, 2, 0, chairVotedInFavour: false), Recognised()));
    }

    [Fact]
    public void A_tie_under_a_casting_vote_asks_how_the_chair_voted() =>
        Assert.Contains("state how the chair voted", Assert.Throws<DomainException>(() =>
            Decide(Recording(VoteMajority.OfMembersPresent.WithChairsCastingVote()), new ProtocolVotes(2, 2, 0), Recognised())).Message, StringComparison.Ordinal);

    [Fact]
    public void A_tie_without_a_casting_vote_carries_nothing() =>
        Assert.Contains("do not make more than half of the members present in favour", Assert.Throws<DomainException>(() =>
            Decide(Recording(VoteMajority.OfMembersPresent), new ProtocolVotes(2, 2, 0, chairVotedInFavour: true), Recognised())).Message, StringComparison.Ordinal);

    [Fact]
    public void Votes_are_not_judged_where_the_regulation_does_not_record_them() =>
        Assert.Equal(ApplicationStatus.Recognised, Decide(
            new CommissionRegulation(Quorum.MoreThanHalf, CommissionRole.Secretary, CommissionRole.Chair, votesRecorded: false), new ProtocolVotes(0, 4, 0), Recognised()).Outcome);

    [Fact]
    public void The_regulation_majority_is_required() =>
        Assert.Equal("Regulation.Majority", Assert.Throws<DomainException>(() => Recording(null!)).Field);

    [Fact]
    public void A_tie_without_a_casting_vote_does_not_ask_how_the_chair_voted() =>
        Assert.DoesNotContain("state how the chair voted", Assert.Throws<DomainException>(() =>
            Decide(Recording(VoteMajority.OfMembersPresent), new ProtocolVotes(2, 2, 0), Recognised())).Message, StringComparison.Ordinal);

    [Fact]
    public void A_lost_vote_under_a_casting_vote_is_not_a_tie_to_settle() =>
        Assert.DoesNotContain("state how the chair voted", Assert.Throws<DomainException>(() =>
            Decide(Recording(VoteMajority.OfMembersPresent.WithChairsCastingVote()), new ProtocolVotes(1, 3, 0), Recognised())).Message, StringComparison.Ordinal);
}
