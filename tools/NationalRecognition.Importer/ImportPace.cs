using System.Globalization;

namespace NationalRecognition.Importer;

/// <summary>
/// How fast a run goes and how long it has left: the records answered this run over the time it has taken, and the
/// records still to go at that rate (unknown before the first batch is answered).
/// </summary>
internal readonly record struct ImportPace(double RecordsPerSecond, TimeSpan? Left)
{
    /// <summary>Longest time left shown: beyond it the figure means nothing, and a TimeSpan would overflow.</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromHours(99_999);

    /// <param name="total">Records in the file (an estimate: a quick count of its lines).</param>
    /// <param name="startedAt">Records already answered when this run started (by an earlier, resumed run).</param>
    /// <param name="done">Records answered so far, including <paramref name="startedAt"/>.</param>
    /// <param name="elapsed">Time this run has taken.</param>
    public static ImportPace Of(long total, long startedAt, long done, TimeSpan elapsed)
    {
        var rate = (done - startedAt) / Math.Max(0.001, elapsed.TotalSeconds);
        if (rate <= 0)
        {
            return new ImportPace(0, null);
        }

        var seconds = Math.Max(0, total - done) / rate;
        return new ImportPace(rate, seconds >= Longest.TotalSeconds ? Longest : TimeSpan.FromSeconds(Math.Round(seconds)));
    }

    /// <summary>The time left as hours:minutes:seconds, hours not wrapping at a day; "unknown" before there is a rate.</summary>
    public string Eta => Left is { } left
        ? string.Create(CultureInfo.InvariantCulture, $"{(long)left.TotalHours:00}:{left.Minutes:00}:{left.Seconds:00}")
        : "unknown";
}
