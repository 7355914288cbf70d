using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Commissions;
using Xunit;

namespace NationalRecognition.Domain.Tests.Commissions;

public sealed class VoteMajorityTests
{
    private static readonly VoteMajority Present = VoteMajority.OfMembersPresent;
    private static readonly VoteMajority Cast = VoteMajority.OfVotesCastFor;

    [Theory]
    [InlineData(3, 2, 0, true)]
    [InlineData(2, 2, 0, false)]
    [InlineData(2, 1, 1, false)]
    [InlineData(3, 1, 1, true)]
    [InlineData(0, 0, 3, false)]
    public void By_default_more_than_half_of_the_members_present_vote_in_favour(int inFavour, int against, int abstained, bool carried) =>
        Assert.Equal(carried, Present.IsCarriedBy(new ProtocolVotes(inFavour, against, abstained)));

    [Theory]
    [InlineData(2, 1, 2, true)]
    [InlineData(2, 2, 1, false)]
    [InlineData(1, 0, 4, true)]
    [InlineData(0, 0, 3, false)]
    public void Of_votes_cast_abstentions_are_not_counted(int inFavour, int against, int abstained, bool carried) =>
        Assert.Equal(carried, Cast.IsCarriedBy(new ProtocolVotes(inFavour, against, abstained)));

    [Fact]
    public void The_base_is_every_member_present_or_only_those_for_and_against()
    {
        var votes = new ProtocolVotes(4, 2, 1);

        Assert.Equal((7, 6), (Present.BaseOf(votes), Cast.BaseOf(votes)));
    }

    [Fact]
    public void A_tie_is_not_carried_without_the_chairs_casting_vote() =>
        Assert.False(Present.IsCarriedBy(new ProtocolVotes(2, 2, 0, chairVotedInFavour: true)));

    [Fact]
    public void With_the_casting_vote_a_tie_goes_the_way_the_chair_voted()
    {
        var casting = Present.WithChairsCastingVote();

        Assert.True(casting.IsCarriedBy(new ProtocolVotes(2, 2, 0, chairVotedInFavour: true)));
        Assert.False(casting.IsCarriedBy(new ProtocolVotes(2, 2, 0, chairVotedInFavour: false)));
        Assert.False(casting.IsCarriedBy(new ProtocolVotes(2, 2, 0)));
    }

    [Fact]
    public void The_casting_vote_settles_only_an_exact_half()
    {
        var casting = Present.WithChairsCastingVote();

        Assert.False(casting.IsCarriedBy(new ProtocolVotes(2, 2, 1, chairVotedInFavour: true)));
        Assert.True(casting.IsCarriedBy(new ProtocolVotes(2, 1, 1, chairVotedInFavour: true)));
        Assert.False(casting.IsCarriedBy(new ProtocolVotes(0, 0, 0, chairVotedInFavour: true)));
    }

    [Fact]
    public void The_casting_vote_keeps_the_base_it_was_given() =>
        Assert.True(Cast.WithChairsCastingVote() is { OfVotesCast: true, ChairHasCastingVote: true });

    [Fact]
    public void An_exact_half_is_half_in_favour_and_at_least_one_vote_in_favour()
    {
        Assert.True(Present.IsExactHalf(new ProtocolVotes(1, 1, 0)));
        Assert.False(Present.IsExactHalf(new ProtocolVotes(2, 1, 0)));
        Assert.False(Present.IsExactHalf(new ProtocolVotes(0, 0, 0)));
    }

    [Fact]
    public void The_majority_describes_itself()
    {
        Assert.Equal("more than half of the members present in favour", Present.Describe());
        Assert.Equal("more than half of the votes cast in favour, the chair's vote deciding an exact half", Cast.WithChairsCastingVote().Describe());
    }
}
