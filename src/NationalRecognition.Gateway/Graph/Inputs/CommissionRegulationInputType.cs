using GraphQL.Types;
using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Gateway.Graph.Inputs;

public sealed class CommissionRegulationInputType : InputObjectGraphType<CommissionRegulationInfo>
{
    public CommissionRegulationInputType()
    {
        Name = "CommissionRegulationInput";
        Description = "The regulation on the Commission's work (clause 22), adopted with the composition.";
        Field(x => x.QuorumKind).Description("MORE_THAN_HALF, AT_LEAST_COUNT or AT_LEAST_FRACTION; never fewer than two members present.");
        Field(x => x.QuorumValue).DefaultValue(0m).Description("The count (a whole number, at least 2) or the fraction (above 0, at most 1); 0 for MORE_THAN_HALF.");
        Field(x => x.RecordedBy).Description("The role that records the decision in the protocol.");
        Field(x => x.SignedBy).Description("The role that signs the protocol; its holder must be present.");
        Field(x => x.VotesRecorded).Description("Whether the protocol records the votes.");
        Field(x => x.MajorityOfVotesCast).DefaultValue(false)
            .Description("The recorded decision needs more than half of the votes for and against, abstentions not counted (default false: more than half of the members present).");
        Field(x => x.ChairHasCastingVote).DefaultValue(false)
            .Description("At exactly half in favour, the side the chair voted with carries (default false: an exact half does not carry).");
    }
}
