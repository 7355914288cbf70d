using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Domain.Commissions;

namespace NationalRecognition.Grains.Commissions;

/// <summary>Between the Commission's wire records and the domain aggregate that enforces clauses 11, 21 and 22.</summary>
internal static class CommissionMapping
{
    public static CommissionOrder ToDomain(CommissionOrderInfo order) =>
        new(order.Number, order.Date, order.SignatoryName, order.SignatoryCapacity);

    public static IEnumerable<CommissionMember> ToDomain(IEnumerable<CommissionMemberInfo> members) =>
        members.Select(m => new CommissionMember(m.Name, m.Position, m.Role));

    public static Commission ToDomain(CommissionInfo commission) =>
        ToDomain(commission.History.Select(c => (c.Order, c.Members)));

    public static Commission ToDomain(IEnumerable<ConstituteCommission> orders) =>
        ToDomain(orders.Select(o => (o.Order, o.Members)));

    private static Commission ToDomain(IEnumerable<(CommissionOrderInfo Order, IReadOnlyList<CommissionMemberInfo> Members)> compositions) =>
        Commission.FromHistory(compositions.Select(c =>
            new Domain.Commissions.CommissionComposition(ToDomain(c.Order), ToDomain(c.Members))));
}
