using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class LearningOutcomeInputType : InputObjectGraphType<LearningOutcome>
{
    public LearningOutcomeInputType()
    {
        Name = "LearningOutcomeInput";
        Description = "A learning outcome of a syllabus.";
        Field(x => x.Id).Description("Id, unique within the discipline.");
        Field(x => x.Description).Description("What the learner is able to do.");
    }
}
