using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Commissions;

/// <summary>
/// The regulation on the Commission's work, which the organisation sets on its own (clause 22): the quorum, who
/// records the decision in the protocol and who signs it, and whether the protocol records the votes. It is adopted
/// with a composition, so the regulation in force on a day is that of the composition in force on that day.
/// </summary>
public sealed record CommissionRegulation
{
    public CommissionRegulation(Quorum quorum, CommissionRole recordedBy, CommissionRole signedBy, bool votesRecorded)
    {
        Quorum = quorum ?? throw new DomainException(DomainErrorCode.Validation, Message.Of("commissionRegulation.regulationStatesQuorum"), "Regulation.Quorum", CommissionRules.RegulationClause);
        RecordedBy = Defined(recordedBy, "Regulation.RecordedBy");
        SignedBy = Defined(signedBy, "Regulation.SignedBy");
        VotesRecorded = votesRecorded;
    }

    /// <summary>
    /// The regulation assumed for a composition whose order stated none (those recorded before regulations were
    /// kept): more than half of the members present, the secretary records, the chair signs, votes not recorded.
    /// </summary>
    public static CommissionRegulation Default { get; } = new(Quorum.MoreThanHalf, CommissionRole.Secretary, CommissionRole.Chair, votesRecorded: false);

    public Quorum Quorum { get; }

    /// <summary>The role whose holder records the decision in the protocol.</summary>
    public CommissionRole RecordedBy { get; }

    /// <summary>The role whose holder signs the protocol; they must be present.</summary>
    public CommissionRole SignedBy { get; }

    public bool VotesRecorded { get; }

    /// <summary>The majority the recorded decision must carry when the votes are recorded (default: more than half of those present).</summary>
    public VoteMajority Majority
    {
        get;
        init => field = value ?? throw new DomainException(DomainErrorCode.Validation, Message.Of("commissionRegulation.regulationStatesMajority"), "Regulation.Majority", CommissionRules.RegulationClause);
    } = VoteMajority.OfMembersPresent;

    /// <summary>How much coverage a whole or partial recognition needs (clause 9 read with clause 22).</summary>
    public CoverageRequirement Coverage
    {
        get;
        init => field = value ?? throw new DomainException(DomainErrorCode.Validation, Message.Of("commissionRegulation.regulationStatesCoverage"), "Regulation.Coverage", CommissionRules.RegulationClause);
    } = CoverageRequirement.Default;

    /// <summary>
    /// Whether the member the composition names as deputy chair signs the protocol in the chair's absence, where the
    /// chair signs (clause 22: the regulation is the organisation's).
    /// </summary>
    public bool DeputySignsInChairsAbsence { get; init; }

    private static CommissionRole Defined(CommissionRole role, string field) =>
        Enum.IsDefined(role)
            ? role
            : throw new DomainException(DomainErrorCode.Validation, Message.Of("commissionRegulation.unknownCommissionRole", ("role", role)), field, CommissionRules.RegulationClause);
}
