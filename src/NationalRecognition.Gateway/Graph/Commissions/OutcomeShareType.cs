using GraphQL.Types;
using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Gateway.Graph.Commissions;

public sealed class OutcomeShareType : ObjectGraphType<OutcomeShareInfo>
{
    public OutcomeShareType()
    {
        Name = "OutcomeShare";
        Description = "A share of a syllabus's learning outcomes as an exact fraction: 1/1 every outcome, 0/1 at least one.";
        Field(x => x.Numerator).Description("The numerator.");
        Field(x => x.Denominator).Description("The denominator.");
    }
}
