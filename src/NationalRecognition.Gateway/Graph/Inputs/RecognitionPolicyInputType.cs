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
        Field(x => x.MaxRecognisedCreditsPerApplication, nullable: true).DeprecationReason("The cap applies per learner and programme: use maxRecognisedCredits.")
            .Description("Read as the cap per learner and programme when maxRecognisedCredits is omitted.");
        Field(x => x.MaxRecognisedCredits, nullable: true).Description("Most credits recognised for one learner in one programme, across applications (not negative); omit for no cap.");
        Field(x => x.HoursPerCredit, nullable: true).Description("Academic hours per credit (above 0, at most 60); omit for the national defaults (30 higher, 24 TVET).");
    }
}
