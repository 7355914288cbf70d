using GraphQL.Types;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Gateway.Graph.Commissions;

public sealed class CommissionRegulationType : ObjectGraphType<CommissionRegulationInfo>
{
    public CommissionRegulationType()
    {
        Name = "CommissionRegulation";
        Description = "The regulation on the Commission's work (clause 22) in force with a composition.";
        Field(r => r.QuorumKind).Description("How the quorum is stated.");
        Field<IntGraphType>("quorumCount")
            .Description("AT_LEAST_COUNT: how many members at least; none otherwise.")
            .Resolve(c => c.Source.QuorumKind == QuorumKind.AtLeastCount ? (int)c.Source.QuorumValue : null);
        Field(r => r.QuorumNumerator, nullable: true).Description("AT_LEAST_FRACTION stated exactly: the numerator (2 for two thirds); none for a decimal fraction.");
        Field(r => r.QuorumDenominator, nullable: true).Description("AT_LEAST_FRACTION stated exactly: the denominator (3 for two thirds); none for a decimal fraction.");
        Field(r => r.QuorumValue)
            .DeprecationReason("A decimal cannot state two thirds exactly: read quorumCount, or quorumNumerator and quorumDenominator (for an exact fraction this is the largest decimal not above it).")
            .Description("The count or fraction; 0 for more than half.");
        Field(r => r.RecordedBy).Description("The role that records the decision.");
        Field(r => r.SignedBy).Description("The role that signs the protocol.");
        Field(r => r.VotesRecorded).Description("Whether the protocol records the votes.");
        Field(r => r.DeputySignsInChairsAbsence).Description("Whether the deputy chair signs in the chair's absence, where the chair signs.");
        Field(r => r.MajorityOfVotesCast).Description("Whether the majority is of the votes for and against (true) or of the members present (false).");
        Field(r => r.ChairHasCastingVote).Description("Whether the chair's vote settles an exact half.");
        Field<NonNullGraphType<OutcomeShareType>>("coverageForWhole")
            .Description("The share of a syllabus's learning outcomes a whole recognition needs covered (default every outcome, 1/1).")
            .Resolve(c => c.Source.CoverageForWhole ?? new OutcomeShareInfo(1, 1));
        Field<NonNullGraphType<OutcomeShareType>>("coverageForPart")
            .Description("The share a partial recognition needs covered (default at least one outcome, 0/1).")
            .Resolve(c => c.Source.CoverageForPart ?? new OutcomeShareInfo(0, 1));
    }
}
