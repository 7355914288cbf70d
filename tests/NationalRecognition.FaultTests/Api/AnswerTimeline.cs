using System.Collections.Concurrent;

namespace NationalRecognition.FaultTests.Api;

/// <summary>
/// When each successful answer arrived (on the <see cref="PhaseLog"/> clock), to measure how long the platform gave
/// no successful answer at all after a silo was killed.
/// </summary>
public sealed class AnswerTimeline(PhaseLog clock)
{
    private readonly ConcurrentQueue<TimeSpan> _successes = new();
    private readonly ConcurrentQueue<GraphQLAnswer> _retried = new();
    private int _retryable;

    public int Successes => _successes.Count;

    /// <summary>Answers that had to be retried (no answer, 5xx, UNAVAILABLE/TIMEOUT/INTERNAL).</summary>
    public int Retryable => Volatile.Read(ref _retryable);

    /// <summary>Every answer that had to be retried, as it came (code, detail, whether it had Retry-After).</summary>
    public IReadOnlyCollection<GraphQLAnswer> Retried => _retried;

    public void Record(GraphQLAnswer answer)
    {
        if (answer.Kind == AnswerKind.Data)
        {
            _successes.Enqueue(clock.Now);
        }
        else if (answer.Kind == AnswerKind.Retryable)
        {
            Interlocked.Increment(ref _retryable);
            _retried.Enqueue(answer);
        }
    }

    /// <summary>Successful answers that arrived within [<paramref name="from"/>, <paramref name="until"/>].</summary>
    public int SuccessesBetween(TimeSpan from, TimeSpan until) => _successes.Count(t => t >= from && t <= until);

    /// <summary>
    /// The longest interval within [<paramref name="from"/>, <paramref name="until"/>] without a successful answer:
    /// from the kill to the first success, between successes, and from the last success to the end.
    /// </summary>
    public AnswerGap LongestGap(TimeSpan from, TimeSpan until)
    {
        var times = _successes.Where(t => t >= from && t <= until).Order().ToList();
        var longest = new AnswerGap(from, times.Count > 0 ? times[0] : until);
        var previous = longest.End;
        foreach (var time in times.Skip(1).Append(until))
        {
            if (time - previous > longest.Length)
            {
                longest = new AnswerGap(previous, time);
            }

            previous = time;
        }

        return longest;
    }
}
