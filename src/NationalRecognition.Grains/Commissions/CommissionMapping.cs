using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Grains.Commissions;

/// <summary>Between the Commission's wire records and the domain aggregate that enforces clauses 11, 21 and 22.</summary>
internal static class CommissionMapping
{
    public static CommissionOrder ToDomain(CommissionOrderInfo order) =>
        new(order.Number, order.Date, order.SignatoryName, order.SignatoryCapacity);

    public static IEnumerable<CommissionMember> ToDomain(IEnumerable<CommissionMemberInfo> members) =>
        members.Select(m => new CommissionMember(m.Name, m.Position, m.Role, m.SubjectId));

    /// <summary>The regulation as stated; null (an order that stated none) is the default regulation.</summary>
    public static CommissionRegulation? ToDomain(CommissionRegulationInfo? regulation) => regulation is null
        ? null
        : new CommissionRegulation(Quorum.Of(regulation.QuorumKind, regulation.QuorumValue), regulation.RecordedBy, regulation.SignedBy, regulation.VotesRecorded)
        {
            Majority = Majority(regulation.MajorityOfVotesCast, regulation.ChairHasCastingVote),
        };

    public static CommissionRegulationInfo ToInfo(CommissionRegulation regulation) =>
        new(regulation.Quorum.Kind, regulation.Quorum.Value, regulation.RecordedBy, regulation.SignedBy, regulation.VotesRecorded,
            regulation.Majority.OfVotesCast, regulation.Majority.ChairHasCastingVote);

    private static VoteMajority Majority(bool ofVotesCast, bool chairHasCastingVote)
    {
        var majority = ofVotesCast ? VoteMajority.OfVotesCastFor : VoteMajority.OfMembersPresent;
        return chairHasCastingVote ? majority.WithChairsCastingVote() : majority;
    }

    public static Commission ToDomain(CommissionInfo commission) =>
        ToDomain(commission.History.Select(c => (c.Order, c.Members, c.Regulation)));

    public static Commission ToDomain(IEnumerable<ConstituteCommission> orders) =>
        ToDomain(orders.Select(o => (o.Order, o.Members, o.Regulation)));

    private static Commission ToDomain(
        IEnumerable<(CommissionOrderInfo Order, IReadOnlyList<CommissionMemberInfo> Members, CommissionRegulationInfo? Regulation)> compositions) =>
        Commission.FromHistory(compositions.Select(c =>
            new Domain.Commissions.CommissionComposition(ToDomain(c.Order), ToDomain(c.Members), ToDomain(c.Regulation))));
}
