using GraphQL.Types;
using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class ProtocolVotesInputType : InputObjectGraphType<ProtocolVotesInfo>
{
    public ProtocolVotesInputType()
    {
        Name = "ProtocolVotesInput";
        Description = "The votes of the members present (required when the regulation records votes).";
        Field(x => x.InFavour).Description("Votes in favour.");
        Field(x => x.Against).Description("Votes against.");
        Field(x => x.Abstained).Description("Abstentions.");
        Field(x => x.ChairVotedInFavour, nullable: true)
            .Description("Whether the chair voted in favour; needed only where the regulation gives the chair a casting vote and the votes stand at exactly half.");
    }
}
