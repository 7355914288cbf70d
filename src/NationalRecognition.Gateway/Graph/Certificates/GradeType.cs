using GraphQL.Types;
using NationalRecognition.Contracts.Certificates;

namespace NationalRecognition.Gateway.Graph.Certificates;

public sealed class GradeType : ObjectGraphType<GradeInfo>
{
    public GradeType()
    {
        Name = "Grade";
        Description = "A grade as the certificate states it.";
        Field(g => g.Kind).Description("Percent, letter, points or pass/fail.");
        Field(g => g.Value, nullable: true).Description("Percent (0–100) or points.");
        Field(g => g.ScaleMax, nullable: true).Description("The maximum of the points scale.");
        Field(g => g.Letter, nullable: true).Description("Letter grade, e.g. A-, B+, FX.");
        Field(g => g.Passed, nullable: true).Description("Pass or fail.");
    }
}
