using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Contracts.Commissions;

/// <summary>
/// The regulation on the Commission's work (clause 22), adopted with a composition: the quorum (a count or a fraction of
/// the members), the roles that record and sign the protocol, and whether the protocol records the votes.
/// </summary>
[GenerateSerializer, Immutable, Alias("nr.CommissionRegulationInfo")]
public sealed record CommissionRegulationInfo(
    [property: Id(0)] QuorumKind QuorumKind,
    [property: Id(1)] decimal QuorumValue,
    [property: Id(2)] CommissionRole RecordedBy,
    [property: Id(3)] CommissionRole SignedBy,
    [property: Id(4)] bool VotesRecorded);
