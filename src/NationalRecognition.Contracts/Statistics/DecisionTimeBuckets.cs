namespace NationalRecognition.Contracts.Statistics;

/// <summary>
/// The fixed buckets of the time from submission to decision, in hours. Fixed, so histograms of any rows add up
/// bucket by bucket (mergeable) and a percentile never needs the individual durations. Resolution: a percentile is
/// placed inside its bucket by linear interpolation, so it is within one bucket's width of the exact value
/// (an hour at first, days after a week, a month after a quarter).
/// </summary>
public static class DecisionTimeBuckets
{
    /// <summary>Upper bounds (exclusive) of every bucket but the last, which is open-ended.</summary>
    public static IReadOnlyList<int> UpperBoundsHours { get; } =
        [1, 2, 4, 8, 12, 24, 48, 72, 96, 120, 144, 168, 240, 336, 504, 720, 1080, 1440, 2160, 2880, 4320, 8760];

    public static int Count => UpperBoundsHours.Count + 1;

    /// <summary>The bucket of a duration; negative durations (clock skew) count as zero.</summary>
    public static int IndexOf(TimeSpan duration)
    {
        var hours = Math.Max(0, duration.TotalHours);
        for (var i = 0; i < UpperBoundsHours.Count; i++)
        {
            if (hours < UpperBoundsHours[i])
            {
                return i;
            }
        }

        return UpperBoundsHours.Count;
    }

    /// <summary>
    /// The <paramref name="quantile"/> (0–1) of the histogram, in hours, interpolated within its bucket; null when
    /// empty. In the open-ended last bucket the answer is its lower bound ("at least").
    /// </summary>
    public static double? Percentile(IReadOnlyList<long> histogram, double quantile)
    {
        var total = histogram.Sum();
        if (total == 0)
        {
            return null;
        }

        var rank = quantile * total;
        long below = 0;
        for (var i = 0; i < histogram.Count; i++)
        {
            if (histogram[i] > 0 && below + histogram[i] >= rank)
            {
                double lower = i == 0 ? 0 : UpperBoundsHours[i - 1];
                if (i >= UpperBoundsHours.Count)
                {
                    return lower;
                }

                var within = Math.Clamp((rank - below) / histogram[i], 0, 1);
                return lower + (within * (UpperBoundsHours[i] - lower));
            }

            below += histogram[i];
        }

        return UpperBoundsHours[^1];
    }
}
