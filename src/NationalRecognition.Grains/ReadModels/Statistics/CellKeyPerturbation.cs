using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>
/// The cell-key method (docs/security.md, "Statistics"; ADR 0013). Every stored aggregate row publishes each count as
/// its true value plus a perturbation looked up from a fixed table by (value, cell key); answers are sums of the
/// published rows. The table, for a cell key <c>k</c> in 0–255:
/// <list type="bullet">
/// <item>value 0: 0 (nobody to protect; a row is never shown as holding records it does not hold);</item>
/// <item>value 1: −1 for k &lt; 77, 0 for k &lt; 179, +1 otherwise (30 % / 40 % / 30 %);</item>
/// <item>value ≥ 2: −2 for k &lt; 26, −1 for k &lt; 77, 0 for k &lt; 179, +1 for k &lt; 230, +2 otherwise
/// (10 % / 20 % / 40 % / 20 % / 10 %).</item>
/// </list>
/// Unbiased (the mean perturbation is 0 for every value), never negative, and every published figure can have come
/// from at least three true values: 0 from {0, 1, 2}, 1 from {1, 2, 3}, 2 from {1 … 4}, w ≥ 3 from {w − 2 … w + 2}.
/// The same SQL function (<c>statistics_noise</c>, migration 0008) computes the same table in PostgreSQL.
/// </summary>
public static class CellKeyPerturbation
{
    /// <summary>Cell keys are taken modulo this range.</summary>
    public const int Range = 256;

    /// <summary>The largest perturbation of one row's count.</summary>
    public const int Bound = 2;

    /// <summary>Credits move in steps of this many per perturbation unit (a course's credits, roughly).</summary>
    public const int CreditStep = 5;

    public static int Noise(long value, long keySum)
    {
        var k = (int)(((keySum % Range) + Range) % Range);
        return value switch
        {
            <= 0 => 0,
            1 => k < 77 ? -1 : k < 179 ? 0 : 1,
            _ => k < 26 ? -2 : k < 77 ? -1 : k < 179 ? 0 : k < 230 ? 1 : 2,
        };
    }

    public static long Published(long value, long keySum) => value + Noise(value, keySum);

    /// <summary>
    /// Credits: the true sum plus <see cref="CreditStep"/> × the perturbation of the row's recognising decisions, never
    /// below zero.
    /// </summary>
    public static decimal PublishedCredits(decimal credits, long recognisingDecisions, long keySum) =>
        credits == 0 ? 0 : Math.Max(0, credits + (CreditStep * Noise(recognisingDecisions, keySum)));

    /// <summary>One stored row's published counts: each measure perturbed by its own cell key.</summary>
    public static StatisticsCounts Publish(StatisticsCounts counts, IReadOnlyList<long> keys)
    {
        long Key(int index) => index < keys.Count ? keys[index] : 0;

        var statuses = new long[counts.ApplicationsByStatus.Count];
        for (var s = 0; s < statuses.Length; s++)
        {
            statuses[s] = Published(counts.ApplicationsByStatus[s], Key(CellKeyMeasures.Status(s)));
        }

        var hours = new long[counts.DecisionHours.Count];
        for (var b = 0; b < hours.Length; b++)
        {
            hours[b] = Published(counts.DecisionHours[b], Key(CellKeyMeasures.HoursBucket(b)));
        }

        return new StatisticsCounts(
            statuses,
            Published(counts.DecisionsRecognised, Key(CellKeyMeasures.DecisionRecognised)),
            Published(counts.DecisionsPartlyRecognised, Key(CellKeyMeasures.DecisionPartlyRecognised)),
            Published(counts.DecisionsNotRecognised, Key(CellKeyMeasures.DecisionNotRecognised)),
            Published(counts.UnitsRecognised, Key(CellKeyMeasures.UnitsRecognised)),
            Published(counts.UnitsRefused, Key(CellKeyMeasures.UnitsRefused)),
            PublishedCredits(counts.CreditsRecognised, counts.DecisionsRecognised + counts.DecisionsPartlyRecognised, Key(CellKeyMeasures.Credits)),
            hours,
            Published(counts.Refusals, Key(CellKeyMeasures.Refusals)));
    }
}
