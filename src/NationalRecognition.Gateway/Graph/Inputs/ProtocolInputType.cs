using GraphQL.Types;
using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class ProtocolInputType : InputObjectGraphType<ProtocolInfo>
{
    public ProtocolInputType()
    {
        Name = "ProtocolInput";
        Description = "The protocol of the meeting that decided.";
        Field(x => x.Number).Description("Protocol number.");
        Field(x => x.Date).Description("Meeting date: on or after the submission, not in the future (Kazakhstan time).");
        Field(x => x.MembersPresent).Description("Members present, of the composition in force on the protocol date (quorum of its regulation).");
        Field(x => x.Votes, nullable: true).Description("The votes, when the regulation records them.");
    }
}
