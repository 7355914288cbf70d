using GraphQL.Types;
using NationalRecognition.Contracts.Commissions;

namespace NationalRecognition.Gateway.Graph.Commissions;

public sealed class CommissionRegulationType : ObjectGraphType<CommissionRegulationInfo>
{
    public CommissionRegulationType()
    {
        Name = "CommissionRegulation";
        Description = "The regulation on the Commission's work (clause 22) in force with a composition.";
        Field(r => r.QuorumKind).Description("How the quorum is stated.");
        Field(r => r.QuorumValue).Description("The count or fraction; 0 for more than half.");
        Field(r => r.RecordedBy).Description("The role that records the decision.");
        Field(r => r.SignedBy).Description("The role that signs the protocol.");
        Field(r => r.VotesRecorded).Description("Whether the protocol records the votes.");
        Field(r => r.MajorityOfVotesCast).Description("Whether the majority is of the votes for and against (true) or of the members present (false).");
        Field(r => r.ChairHasCastingVote).Description("Whether the chair's vote settles an exact half.");
    }
}
