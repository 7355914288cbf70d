using GraphQL.Types;
using NationalRecognition.Contracts.Institutions;

namespace NationalRecognition.Gateway.Graph.Institutions;

public sealed class LearningOutcomeType : ObjectGraphType<LearningOutcome>
{
    public LearningOutcomeType()
    {
        Name = "LearningOutcome";
        Description = "A learning outcome of a discipline's syllabus, compared under clause 9.";
        Field(o => o.Id).Description("Id of the outcome within its discipline or module.");
        Field(o => o.Description).Description("What the learner is able to do.");
    }
}
