using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Grains.Commissions;

/// <summary>Between the Commission's wire records and the domain aggregate that enforces clauses 11, 21 and 22.</summary>
internal static class CommissionMapping
{
    public static CommissionOrder ToDomain(CommissionOrderInfo order) =>
        new(order.Number, order.Date, order.SignatoryName, order.SignatoryCapacity);

    public static IEnumerable<CommissionMember> ToDomain(IEnumerable<CommissionMemberInfo> members) =>
        members.Select(m => new CommissionMember(m.Name, m.Position, m.Role, m.SubjectId) { IsDeputyChair = m.IsDeputyChair });

    /// <summary>The regulation as stated; null (an order that stated none) is the default regulation.</summary>
    public static CommissionRegulation? ToDomain(CommissionRegulationInfo? regulation) => regulation is null
        ? null
        : new CommissionRegulation(QuorumOf(regulation), regulation.RecordedBy, regulation.SignedBy, regulation.VotesRecorded)
        {
            DeputySignsInChairsAbsence = regulation.DeputySignsInChairsAbsence,
            Majority = Majority(regulation.MajorityOfVotesCast, regulation.ChairHasCastingVote),
            Coverage = Coverage(regulation.CoverageForWhole, regulation.CoverageForPart),
        };

    public static CommissionRegulationInfo ToInfo(CommissionRegulation regulation)
    {
        var quorum = regulation.Quorum;
        return new(quorum.Kind, quorum.Value, regulation.RecordedBy, regulation.SignedBy, regulation.VotesRecorded,
            quorum.IsExactFraction ? quorum.Numerator : null, quorum.IsExactFraction ? quorum.Denominator : null,
            regulation.DeputySignsInChairsAbsence, regulation.Majority.OfVotesCast, regulation.Majority.ChairHasCastingVote,
            Share(regulation.Coverage.ForWhole, CoverageRequirement.Default.ForWhole), Share(regulation.Coverage.ForPart, CoverageRequirement.Default.ForPart));
    }

    /// <summary>The regulation's coverage; a share not stated is the default's.</summary>
    private static CoverageRequirement Coverage(OutcomeShareInfo? forWhole, OutcomeShareInfo? forPart) =>
        forWhole is null && forPart is null
            ? CoverageRequirement.Default
            : CoverageRequirement.Of(
                forWhole is null ? CoverageRequirement.Default.ForWhole : OutcomeShare.Of(forWhole.Numerator, forWhole.Denominator),
                forPart is null ? CoverageRequirement.Default.ForPart : OutcomeShare.Of(forPart.Numerator, forPart.Denominator));

    /// <summary>A share as stored: none where it is the default's, so that a regulation stating none is stored as before.</summary>
    private static OutcomeShareInfo? Share(OutcomeShare share, OutcomeShare byDefault) =>
        share == byDefault ? null : new OutcomeShareInfo(share.Numerator, share.Denominator);

    private static VoteMajority Majority(bool ofVotesCast, bool chairHasCastingVote)
    {
        var majority = ofVotesCast ? VoteMajority.OfVotesCastFor : VoteMajority.OfMembersPresent;
        return chairHasCastingVote ? majority.WithChairsCastingVote() : majority;
    }

    /// <summary>
    /// The regulation as a command states it, stored as the platform reads it: an exact fraction as given, and a decimal
    /// fraction that approximates a simple one (0.67 → 2/3, the deprecated field's reading) as that fraction. Other
    /// decimals stay decimals, read as always (the decimal times the members, rounded up).
    /// </summary>
    public static CommissionRegulationInfo? Normalise(CommissionRegulationInfo? regulation) =>
        regulation is null ? null : ToInfo(Migrated(ToDomain(regulation)!));

    public static Commission ToDomain(CommissionInfo commission) =>
        ToDomain(commission.History.Select(c => (c.Order, c.Members, c.Regulation)));

    public static Commission ToDomain(IEnumerable<ConstituteCommission> orders) =>
        ToDomain(orders.Select(o => (o.Order, o.Members, o.Regulation)));

    /// <summary>The same regulation with its quorum read as the simple fraction its decimal approximates, if any.</summary>
    private static CommissionRegulation Migrated(CommissionRegulation regulation)
    {
        var quorum = QuorumFractions.Migrate(regulation.Quorum);
        return ReferenceEquals(quorum, regulation.Quorum)
            ? regulation
            : new CommissionRegulation(quorum, regulation.RecordedBy, regulation.SignedBy, regulation.VotesRecorded)
            {
                Majority = regulation.Majority,
                Coverage = regulation.Coverage,
                DeputySignsInChairsAbsence = regulation.DeputySignsInChairsAbsence,
            };
    }

    /// <summary>An exact fraction when the regulation states one (both parts, with AT_LEAST_FRACTION), else the kind and value.</summary>
    private static Quorum QuorumOf(CommissionRegulationInfo regulation)
    {
        if (!regulation.StatesFraction)
        {
            return Quorum.Of(regulation.QuorumKind, regulation.QuorumValue);
        }

        if (regulation.QuorumKind != QuorumKind.AtLeastFraction || regulation.QuorumNumerator is not int numerator || regulation.QuorumDenominator is not int denominator)
        {
            throw new DomainException(
                DomainErrorCode.Validation,
                Message.Of("commissionMapping.quorumFractionGives"),
                "Regulation.Quorum",
                "22");
        }

        return Quorum.AtLeastFraction(numerator, denominator);
    }

    private static Commission ToDomain(
        IEnumerable<(CommissionOrderInfo Order, IReadOnlyList<CommissionMemberInfo> Members, CommissionRegulationInfo? Regulation)> compositions) =>
        Commission.FromHistory(compositions.Select(c =>
            new Domain.Commissions.CommissionComposition(ToDomain(c.Order), ToDomain(c.Members), ToDomain(c.Regulation))));
}
