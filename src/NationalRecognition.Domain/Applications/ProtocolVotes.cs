using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Domain.Applications;

/// <summary>The votes of the members present, when the Commission's regulation has the protocol record them.</summary>
public sealed record ProtocolVotes
{
    public ProtocolVotes(int inFavour, int against, int abstained)
    {
        if (inFavour < 0 || against < 0 || abstained < 0)
        {
            throw new DomainException(DomainErrorCode.Validation, "Votes are counted from zero.", "Protocol.Votes");
        }

        InFavour = inFavour;
        Against = against;
        Abstained = abstained;
    }

    public int InFavour { get; }

    public int Against { get; }

    public int Abstained { get; }

    public int Cast => InFavour + Against + Abstained;
}
