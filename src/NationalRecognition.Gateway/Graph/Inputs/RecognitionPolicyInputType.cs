using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class RecognitionPolicyInputType : InputObjectGraphType<RecognitionPolicy>
{
    public RecognitionPolicyInputType()
    {
        Name = "RecognitionPolicyInput";
        Description = "The institution's own recognition settings.";
        Field(x => x.GradeScaleId).Description("point-rating-with-fx (default) or point-rating-without-fx.");
        Field(x => x.MaxRecognisedCreditsPerApplication, nullable: true).Description("Most credits one application may have recognised; omit for no cap.");
    }
}
