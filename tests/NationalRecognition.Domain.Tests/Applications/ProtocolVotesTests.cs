using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using Xunit;

namespace NationalRecognition.Domain.Tests.Applications;

public sealed class ProtocolVotesTests
{
    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(0, -1, 0)]
    [InlineData(0, 0, -1)]
    public void A_negative_count_of_votes_is_refused(int inFavour, int against, int abstained)
    {
        var ex = Assert.Throws<DomainException>(() => new ProtocolVotes(inFavour, against, abstained));

        Assert.Equal((DomainErrorCode.Validation, "Protocol.Votes"), (ex.Code, ex.Field));
    }

    [Fact]
    public void No_votes_at_all_is_a_count() =>
        Assert.Equal(0, new ProtocolVotes(0, 0, 0).Cast);

    [Fact]
    public void Votes_cast_are_in_favour_against_and_abstaining_together() =>
        Assert.Equal(1 + 20 + 300, new ProtocolVotes(1, 20, 300).Cast);

    [Fact]
    public void Each_count_is_kept_as_recorded()
    {
        var votes = new ProtocolVotes(3, 2, 1, chairVotedInFavour: true);

        Assert.Equal((3, 2, 1, (bool?)true), (votes.InFavour, votes.Against, votes.Abstained, votes.ChairVotedInFavour));
    }

    [Fact]
    public void How_the_chair_voted_is_unknown_unless_recorded() =>
        Assert.Null(new ProtocolVotes(3, 2, 1).ChairVotedInFavour);
}
