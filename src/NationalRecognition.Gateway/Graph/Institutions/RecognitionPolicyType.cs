using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Institutions;

public sealed class RecognitionPolicyType : ObjectGraphType<RecognitionPolicy>
{
    public RecognitionPolicyType()
    {
        Name = "RecognitionPolicy";
        Description = "What the institution decides for itself: its grade scale and any cap on recognised credits.";
        Field(p => p.GradeScaleId).Description("The letter grade scale in use (point-rating-with-fx or point-rating-without-fx).");
        Field(p => p.MaxRecognisedCreditsPerApplication, nullable: true).Description("Most credits one application may have recognised; none when unlimited.");
    }
}
