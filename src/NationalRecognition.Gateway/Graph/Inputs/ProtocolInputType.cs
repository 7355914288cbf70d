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
        Field(x => x.Date).Description("Meeting date.");
        Field(x => x.MembersPresent).Description("Members present (quorum).");
    }
}
