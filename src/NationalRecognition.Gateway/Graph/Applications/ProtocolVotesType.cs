using GraphQL.Types;
using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Gateway.Graph.Applications;

public sealed class ProtocolVotesType : ObjectGraphType<ProtocolVotesInfo>
{
    public ProtocolVotesType()
    {
        Name = "ProtocolVotes";
        Description = "The votes recorded in the protocol.";
        Field(v => v.InFavour).Description("Votes in favour.");
        Field(v => v.Against).Description("Votes against.");
        Field(v => v.Abstained).Description("Abstentions.");
        Field(v => v.ChairVotedInFavour, nullable: true).Description("Whether the chair voted in favour, when the protocol says.");
    }
}
