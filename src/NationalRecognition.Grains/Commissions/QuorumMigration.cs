using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Domain.Commissions;
using NationalRecognition.Grains.Events;

namespace NationalRecognition.Grains.Commissions;

/// <summary>
/// Stored regulations whose quorum is a decimal that approximates a simple fraction (0.67, 0.667, 0.6667 → 2/3; 0.33 →
/// 1/3; 0.75 → 3/4), restated as that fraction. A decimal that approximates none (0.55, say) stays as stored and is read
/// as always: the decimal times the members, rounded up.
/// </summary>
internal static class QuorumMigration
{
    /// <summary>The orders with their quorums restated, and what was restated (empty: nothing to migrate).</summary>
    public static (List<ConstituteCommission> Orders, List<MigratedQuorum> Migrated) Of(IReadOnlyList<ConstituteCommission> orders)
    {
        var restated = new List<ConstituteCommission>(orders.Count);
        var migrated = new List<MigratedQuorum>();
        foreach (var order in orders)
        {
            if (order.Regulation is { QuorumKind: QuorumKind.AtLeastFraction, StatesFraction: false } regulation
                && QuorumFractions.SimpleFractionOf(regulation.QuorumValue) is var (numerator, denominator))
            {
                migrated.Add(new MigratedQuorum(order.Order.Number, regulation.QuorumValue, numerator, denominator));
                restated.Add(order with { Regulation = CommissionMapping.Normalise(regulation) });
            }
            else
            {
                restated.Add(order);
            }
        }

        return (restated, migrated);
    }
}
