using NationalRecognition.Grains.Infrastructure;
using Xunit;

namespace NationalRecognition.Grains.Tests;

/// <summary>
/// Group commit in a reentrant listing: concurrent changes share writes, and no caller is told "stored" before
/// a write that contains its change has succeeded. Runs on a one-at-a-time scheduler, as a grain's turns do.
/// </summary>
public sealed class CoalescingStateWriterTests
{
    private static readonly TaskScheduler GrainLike = new ConcurrentExclusiveSchedulerPair().ExclusiveScheduler;

    [Fact]
    public async Task Changes_made_while_a_write_is_in_flight_are_stored_together_by_the_next_write()
    {
        await OnGrainScheduler(async () =>
        {
            var storage = new GatedState();
            var working = new List<int>();
            var writer = new CoalescingStateWriter<List<int>>(storage, () => [.. working], () => { });

            working.Add(1);
            var first = writer.Persist();
            await storage.WriteStarted(1);
            working.Add(2);
            var second = writer.Persist();
            working.Add(3);
            var third = writer.Persist();

            Assert.False(first.IsCompleted);
            storage.Release();
            await first;
            Assert.False(second.IsCompleted);
            await storage.WriteStarted(2);
            storage.Release();
            await Task.WhenAll(second, third);

            Assert.Same(second, third);
            Assert.Equal([[1], [1, 2, 3]], storage.Written);
        });
    }

    [Fact]
    public async Task A_failed_write_fails_its_callers_and_drops_the_activation()
    {
        await OnGrainScheduler(async () =>
        {
            var storage = new GatedState { FailNext = true };
            var deactivated = false;
            var writer = new CoalescingStateWriter<List<int>>(storage, () => [1], () => deactivated = true);

            var persist = writer.Persist();
            await storage.WriteStarted(1);
            storage.Release();

            await Assert.ThrowsAsync<InvalidOperationException>(() => persist);
            Assert.True(deactivated);
        });
    }

    private static Task OnGrainScheduler(Func<Task> body) =>
        Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.None, GrainLike).Unwrap();

    /// <summary>Storage whose writes wait until the test releases them, recording what each one stored.</summary>
    private sealed class GatedState : IPersistentState<List<int>>
    {
        private readonly Queue<TaskCompletionSource> _gates = new();
        private TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<int> State { get; set; } = [];

        public string? Etag => null;

        public bool RecordExists => Written.Count > 0;

        public List<int[]> Written { get; } = [];

        public bool FailNext { get; set; }

        public async Task WriteStateAsync()
        {
            var stored = State.ToArray();
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _gates.Enqueue(gate);
            Written.Add(stored);
            _started.TrySetResult();
            await gate.Task;
            if (FailNext)
            {
                FailNext = false;
                Written.RemoveAt(Written.Count - 1);
                throw new InvalidOperationException("storage refused the write");
            }
        }

        public async Task WriteStarted(int count)
        {
            while (Written.Count < count)
            {
                _started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                await _started.Task.WaitAsync(TimeSpan.FromSeconds(10));
            }
        }

        public void Release() => _gates.Dequeue().TrySetResult();

        public Task ReadStateAsync() => Task.CompletedTask;

        public Task ClearStateAsync() => Task.CompletedTask;
    }
}
