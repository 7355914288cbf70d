using System.Collections.Concurrent;

namespace NationalRecognition.FaultTests.Workload;

/// <summary>
/// Every command the platform acknowledged during the run, plus those whose acknowledgement was lost (an attempt
/// with an unknown outcome was applied; its retry was refused, and a read showed it applied). Awaitable by count.
/// </summary>
public sealed class AcknowledgementLog
{
    private readonly ConcurrentQueue<AcknowledgedCommand> _acknowledged = new();
    private readonly ConcurrentQueue<(Guid ApplicationId, string Command)> _appliedWithoutAcknowledgement = new();
    private readonly ConcurrentQueue<(Guid ApplicationId, string LearnerIin)> _submissions = new();
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _awaited = [];

    public int Count => _acknowledged.Count;

    public IReadOnlyList<AcknowledgedCommand> Acknowledged => [.. _acknowledged];

    /// <summary>Commands found applied after their retry was refused (not acknowledged, so not checked as such).</summary>
    public IReadOnlyList<(Guid ApplicationId, string Command)> AppliedWithoutAcknowledgement => [.. _appliedWithoutAcknowledgement];

    /// <summary>Every application a worker began to submit (each with its own idempotency key).</summary>
    public IReadOnlyList<(Guid ApplicationId, string LearnerIin)> Submissions => [.. _submissions];

    public void Submitting(Guid applicationId, string learnerIin) => _submissions.Enqueue((applicationId, learnerIin));

    public void Record(AcknowledgedCommand command)
    {
        _acknowledged.Enqueue(command);
        lock (_gate)
        {
            for (var i = _awaited.Count - 1; i >= 0; i--)
            {
                if (_acknowledged.Count >= _awaited[i].Count)
                {
                    _awaited[i].Reached.TrySetResult();
                    _awaited.RemoveAt(i);
                }
            }
        }
    }

    /// <summary>The fewest commands any of <paramref name="learners"/> had acknowledged at or after <paramref name="since"/>.</summary>
    public int FewestPerLearnerSince(TimeSpan since, IEnumerable<string> learners)
    {
        var counts = _acknowledged.Where(a => a.At >= since).GroupBy(a => a.LearnerIin).ToDictionary(g => g.Key, g => g.Count());
        return learners.Min(learner => counts.GetValueOrDefault(learner));
    }

    public void RecordAppliedWithoutAcknowledgement(Guid applicationId, string command) =>
        _appliedWithoutAcknowledgement.Enqueue((applicationId, command));

    /// <summary>Waits until at least <paramref name="count"/> commands have been acknowledged in all.</summary>
    /// <exception cref="TimeoutException">Not reached in time; names the count awaited and the count reached.</exception>
    public async Task WaitForCountAsync(int count, TimeSpan timeout, string why)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_acknowledged.Count >= count)
            {
                return;
            }

            _awaited.Add((count, reached));
        }

        if (await Task.WhenAny(reached.Task, Task.Delay(timeout)) != reached.Task)
        {
            throw new TimeoutException($"{count} acknowledged commands ({why}) not reached within {timeout.TotalSeconds:0} s: {Count} so far.");
        }
    }
}
