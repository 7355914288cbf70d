using GraphQL.Types;
using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class DecideApplicationInputType : InputObjectGraphType<DecideApplication>
{
    public DecideApplicationInputType()
    {
        Name = "DecideApplicationInput";
        Description = "The Commission's decision.";
        Field(x => x.Protocol).Description("The protocol.");
        Field(x => x.Decisions).Description("One decision per requested discipline or module.");
    }
}
