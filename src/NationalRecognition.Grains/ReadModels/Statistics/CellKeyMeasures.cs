using NationalRecognition.Contracts.Statistics;

namespace NationalRecognition.Grains.ReadModels.Statistics;

/// <summary>
/// Where each measure's cell key sits in a row's key array (<c>cell_keys</c> in PostgreSQL): the sum of the keys of
/// the records the measure counts in that row. Sums, not residues, so that a record leaving a status subtracts exactly
/// what it added; the cell key is the sum modulo <see cref="CellKeyPerturbation.Range"/>.
/// </summary>
public static class CellKeyMeasures
{
    public const int DecisionRecognised = 6;
    public const int DecisionPartlyRecognised = 7;
    public const int DecisionNotRecognised = 8;
    public const int UnitsRecognised = 9;
    public const int UnitsRefused = 10;
    public const int Credits = 11;
    public const int FirstHoursBucket = 12;

    public static int Refusals { get; } = FirstHoursBucket + DecisionTimeBuckets.Count;

    public static int Count { get; } = Refusals + 1;

    public static int Status(int status) => status;

    public static int HoursBucket(int bucket) => FirstHoursBucket + bucket;

    public static long[] Zero() => new long[Count];

    /// <summary>The counts of <paramref name="counts"/> in this order (credits, not a count, left 0): the rollup's published figures.</summary>
    public static long[] Of(StatisticsCounts counts)
    {
        var vector = Zero();
        for (var s = 0; s < counts.ApplicationsByStatus.Count; s++)
        {
            vector[Status(s)] = counts.ApplicationsByStatus[s];
        }

        vector[DecisionRecognised] = counts.DecisionsRecognised;
        vector[DecisionPartlyRecognised] = counts.DecisionsPartlyRecognised;
        vector[DecisionNotRecognised] = counts.DecisionsNotRecognised;
        vector[UnitsRecognised] = counts.UnitsRecognised;
        vector[UnitsRefused] = counts.UnitsRefused;
        for (var b = 0; b < counts.DecisionHours.Count; b++)
        {
            vector[HoursBucket(b)] = counts.DecisionHours[b];
        }

        vector[Refusals] = counts.Refusals;
        return vector;
    }

    public static bool IsZero(IReadOnlyList<long> keys) => keys.All(k => k == 0);

    public static long[] Add(IReadOnlyList<long> left, IReadOnlyList<long> right, int sign = 1)
    {
        var sum = new long[Count];
        for (var i = 0; i < Count; i++)
        {
            sum[i] = (i < left.Count ? left[i] : 0) + (sign * (i < right.Count ? right[i] : 0));
        }

        return sum;
    }
}
