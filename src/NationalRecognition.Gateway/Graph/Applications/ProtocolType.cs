using GraphQL.Types;
using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Gateway.Graph.Applications;

public sealed class ProtocolType : ObjectGraphType<ProtocolInfo>
{
    public ProtocolType()
    {
        Name = "Protocol";
        Description = "The Commission's protocol (minutes) recording a decision.";
        Field(p => p.Number).Description("Protocol number.");
        Field(p => p.Date).Description("Date of the meeting.");
        Field(p => p.MembersPresent).Description("Members present.");
        Field(p => p.Votes, nullable: true).Description("The votes, when the regulation records them.");
    }
}
