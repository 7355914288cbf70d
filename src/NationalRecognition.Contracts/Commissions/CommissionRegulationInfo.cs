using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Contracts.Commissions;

/// <summary>
/// The regulation on the Commission's work (clause 22), adopted with a composition: the quorum (a count or a fraction of
/// the members), the roles that record and sign the protocol, whether the protocol records the votes and the majority
/// the recorded decision must carry (by default more than half of the members present in favour).
/// </summary>
/// <param name="MajorityOfVotesCast">The majority is reckoned from the votes for and against, abstentions not counted (default: from every member present).</param>
/// <param name="ChairHasCastingVote">At exactly half in favour, the side the chair voted with carries.</param>
[GenerateSerializer, Immutable, Alias("nr.CommissionRegulationInfo")]
public sealed record CommissionRegulationInfo(
    [property: Id(0)] QuorumKind QuorumKind,
    [property: Id(1)] decimal QuorumValue,
    [property: Id(2)] CommissionRole RecordedBy,
    [property: Id(3)] CommissionRole SignedBy,
    [property: Id(4)] bool VotesRecorded,
    [property: Id(10)] bool MajorityOfVotesCast = false,
    [property: Id(11)] bool ChairHasCastingVote = false);
