using GraphQL.Types;
using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class OutcomeShareInputType : InputObjectGraphType<OutcomeShareInfo>
{
    public OutcomeShareInputType()
    {
        Name = "OutcomeShareInput";
        Description = "A share of a syllabus's learning outcomes as an exact fraction: 1/1 every outcome, 2/3 two thirds, 0/1 at least one.";
        Field(x => x.Numerator).Description("The numerator, from 0 to the denominator.");
        Field(x => x.Denominator).Description("The denominator, at least 1.");
    }
}
