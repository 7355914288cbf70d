using System.Diagnostics;
using System.Text.Json.Nodes;

namespace NationalRecognition.FaultTests.Api;

/// <summary>
/// Sends the SAME request again, after a short back-off, for as long as its outcome is unknown (no answer, 5xx,
/// UNAVAILABLE/TIMEOUT/INTERNAL), until the platform answers with data or a refusal — or the deadline passes.
/// </summary>
public static class Retrying
{
    /// <summary>How long one command may go unanswered before the test gives up on it.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan FirstBackOff = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LongestBackOff = TimeSpan.FromMilliseconds(200);

    /// <exception cref="TimeoutException">No definite answer within <see cref="Deadline"/>; names <paramref name="what"/>.</exception>
    public static async Task<RetriedAnswer> UntilAnsweredAsync(string what, Func<Task<GraphQLAnswer>> send)
    {
        var elapsed = Stopwatch.StartNew();
        var backOff = FirstBackOff;
        for (var attempt = 1; ; attempt++)
        {
            var answer = await send();
            if (answer.Kind != AnswerKind.Retryable)
            {
                return new RetriedAnswer(answer, attempt);
            }

            if (elapsed.Elapsed > Deadline)
            {
                throw new TimeoutException(
                    $"{what}: no definite answer within {Deadline.TotalSeconds:0} s ({attempt} attempts; last: {answer.Detail}).");
            }

            await Task.Delay(backOff + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 25)));
            backOff = backOff * 2 > LongestBackOff ? LongestBackOff : backOff * 2;
        }
    }

    /// <summary>Like <see cref="UntilAnsweredAsync"/>, for a request that must succeed (seeding, reads); returns its data.</summary>
    /// <exception cref="InvalidOperationException">The platform refused it.</exception>
    public static async Task<JsonObject> UntilDataAsync(string what, Func<Task<GraphQLAnswer>> send)
    {
        var retried = await UntilAnsweredAsync(what, send);
        return retried.Answer.Data ?? throw new InvalidOperationException($"{what} was refused: {retried.Answer.Detail}");
    }
}
