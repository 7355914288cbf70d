using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Domain.Commissions;

/// <summary>
/// The majority the regulation requires for the decision the protocol records (clause 22 leaves it to the
/// organisation): more than half of the members present in favour by default, or more than half of the votes cast
/// (abstentions not counted); optionally the chair's vote settles an exact half.
/// </summary>
public sealed record VoteMajority
{
    private VoteMajority(bool ofVotesCast, bool chairHasCastingVote)
    {
        OfVotesCast = ofVotesCast;
        ChairHasCastingVote = chairHasCastingVote;
    }

    /// <summary>The default: more than half of the members present vote in favour (an abstention counts as not in favour).</summary>
    public static VoteMajority OfMembersPresent { get; } = new(ofVotesCast: false, chairHasCastingVote: false);

    /// <summary>More than half of the votes for and against are in favour; abstentions are not counted.</summary>
    public static VoteMajority OfVotesCastFor { get; } = new(ofVotesCast: true, chairHasCastingVote: false);

    /// <summary>Whether the base is the votes for and against (true) or every member present (false).</summary>
    public bool OfVotesCast { get; }

    /// <summary>Whether, at exactly half in favour, the side the chair voted with carries.</summary>
    public bool ChairHasCastingVote { get; }

    /// <summary>The same majority with the chair's casting vote on an exact half.</summary>
    public VoteMajority WithChairsCastingVote() => new(OfVotesCast, chairHasCastingVote: true);

    /// <summary>How many votes the majority is reckoned from.</summary>
    public int BaseOf(ProtocolVotes votes) => OfVotesCast ? votes.InFavour + votes.Against : votes.Cast;

    /// <summary>Whether the votes carry the decision they were cast on.</summary>
    public bool IsCarriedBy(ProtocolVotes votes)
    {
        var twiceInFavour = 2 * votes.InFavour;
        var reckonedFrom = BaseOf(votes);
        return twiceInFavour > reckonedFrom
            || (ChairHasCastingVote && twiceInFavour == reckonedFrom && votes.InFavour > 0 && votes.ChairVotedInFavour == true);
    }

    /// <summary>Whether the votes stand at exactly half, so that the chair's casting vote decides.</summary>
    public bool IsExactHalf(ProtocolVotes votes) => votes.InFavour > 0 && 2 * votes.InFavour == BaseOf(votes);

    public string Describe() =>
        (OfVotesCast ? "more than half of the votes cast in favour" : "more than half of the members present in favour")
        + (ChairHasCastingVote ? ", the chair's vote deciding an exact half" : string.Empty);
}
