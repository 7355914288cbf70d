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
        Field(p => p.MaxRecognisedCreditsPerApplication, nullable: true).DeprecationReason("The cap applies per learner and programme: use creditCap.")
            .Description("The cap as first stored.");
        Field(p => p.CreditCap, nullable: true).Description("Most credits recognised for one learner in one programme, across applications; none when unlimited.");
        Field(p => p.HoursPerCredit, nullable: true).Description("Academic hours per credit; none for the national defaults (30 higher, 24 TVET).");
    }
}
