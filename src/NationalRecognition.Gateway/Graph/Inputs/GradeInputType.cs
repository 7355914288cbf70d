using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class GradeInputType : InputObjectGraphType<GradeInfo>
{
    public GradeInputType()
    {
        Name = "GradeInput";
        Description = "A grade as stated on the certificate.";
        Field(x => x.Kind).Description("Percent, letter, points or pass/fail.");
        Field(x => x.Value, nullable: true).Description("Percent or points.");
        Field(x => x.ScaleMax, nullable: true).Description("Maximum of the points scale.");
        Field(x => x.Letter, nullable: true).Description("Letter, e.g. A-.");
        Field(x => x.Passed, nullable: true).Description("Pass or fail.");
    }
}
