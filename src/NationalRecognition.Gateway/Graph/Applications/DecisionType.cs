using GraphQL.Types;
using NationalRecognition.Contracts.Applications;

namespace NationalRecognition.Gateway.Graph.Applications;

public sealed class DecisionType : ObjectGraphType<DecisionRecord>
{
    public DecisionType()
    {
        Name = "Decision";
        Description = "The Commission's final decision.";
        Field(d => d.Outcome).Description("Recognised, partly recognised or not recognised.");
        Field(d => d.Protocol).Description("The protocol recording it.");
        Field(d => d.Units).Description("The decision per discipline or module.");
        Field(d => d.DecidedAt).Description("When it was recorded.");
    }
}
