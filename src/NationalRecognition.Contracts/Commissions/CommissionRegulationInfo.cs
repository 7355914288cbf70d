using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Contracts.Commissions;

/// <summary>
/// The regulation on the Commission's work (clause 22), adopted with a composition: the quorum (more than half, a count,
/// or a fraction of the members — exactly, as <see cref="QuorumNumerator"/>/<see cref="QuorumDenominator"/>), the roles
/// that record and sign the protocol, whether the protocol records the votes and the majority the recorded decision
/// must carry (by default more than half of the members present in favour), and whether the deputy chair signs in the
/// chair's absence.
/// </summary>
/// <remarks>
/// <see cref="QuorumValue"/> is kept beside an exact fraction as the largest decimal not above it, so that a silo of
/// the previous release, which reads only the decimal and rounds up, counts the same members.
/// </remarks>
/// <param name="MajorityOfVotesCast">The majority is reckoned from the votes for and against, abstentions not counted (default: from every member present).</param>
/// <param name="ChairHasCastingVote">At exactly half in favour, the side the chair voted with carries.</param>
/// <param name="CoverageForWhole">The share of a syllabus's outcomes a whole recognition needs covered (clause 9 read with clause 22); none: every outcome.</param>
/// <param name="CoverageForPart">The share a partial recognition needs covered; none: at least one outcome.</param>
[GenerateSerializer, Immutable, Alias("nr.CommissionRegulationInfo")]
public sealed record CommissionRegulationInfo(
    [property: Id(0)] QuorumKind QuorumKind,
    [property: Id(1)] decimal QuorumValue,
    [property: Id(2)] CommissionRole RecordedBy,
    [property: Id(3)] CommissionRole SignedBy,
    [property: Id(4)] bool VotesRecorded,
    [property: Id(5)] int? QuorumNumerator = null,
    [property: Id(6)] int? QuorumDenominator = null,
    [property: Id(7)] bool DeputySignsInChairsAbsence = false,
    [property: Id(10)] bool MajorityOfVotesCast = false,
    [property: Id(11)] bool ChairHasCastingVote = false,
    [property: Id(12)] OutcomeShareInfo? CoverageForWhole = null,
    [property: Id(13)] OutcomeShareInfo? CoverageForPart = null)
{
    /// <summary>Whether the quorum is stated as an exact fraction (either part given; the grain refuses half a fraction).</summary>
    public bool StatesFraction => QuorumNumerator is not null || QuorumDenominator is not null;

    /// <summary>
    /// The same regulation with <see cref="QuorumValue"/> filled from the exact fraction when the sender gave only the
    /// fraction (a client of the new fields), so that a silo of the previous release can still follow it.
    /// </summary>
    public CommissionRegulationInfo WithQuorumDecimal() =>
        QuorumValue == 0m && QuorumNumerator is int numerator && QuorumDenominator is int denominator && numerator > 0 && numerator <= denominator
            ? this with { QuorumValue = Quorum.AtLeastFraction(numerator, denominator).Value }
            : this;
}
