using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Applications;

/// <summary>
/// The votes of the members present on the decision the protocol records, when the Commission's regulation has the
/// protocol record them. One vote per protocol: the Commission votes on the decision on the application as drafted
/// (every item), and "in favour" is in favour of that decision as recorded, whether it recognises or refuses.
/// </summary>
public sealed record ProtocolVotes
{
    public ProtocolVotes(int inFavour, int against, int abstained)
        : this(inFavour, against, abstained, chairVotedInFavour: null)
    {
    }

    /// <param name="chairVotedInFavour">How the chair voted, needed only when the chair's casting vote settles an exact half.</param>
    public ProtocolVotes(int inFavour, int against, int abstained, bool? chairVotedInFavour)
    {
        if (inFavour < 0 || against < 0 || abstained < 0)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("protocolVotes.votesAreCounted"), "Protocol.Votes");
        }

        InFavour = inFavour;
        Against = against;
        Abstained = abstained;
        ChairVotedInFavour = chairVotedInFavour;
    }

    public int InFavour { get; }

    public int Against { get; }

    public int Abstained { get; }

    /// <summary>How the chair voted, when the protocol says.</summary>
    public bool? ChairVotedInFavour { get; }

    public int Cast => InFavour + Against + Abstained;
}
