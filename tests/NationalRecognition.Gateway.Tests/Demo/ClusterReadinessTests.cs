using NationalRecognition.Gateway.CoHosted.Demo;

namespace NationalRecognition.Gateway.Tests.Demo;

/// <summary>The seeder's first call is retried while the cluster starts, for a bounded time only.</summary>
public sealed class ClusterReadinessTests
{
    private static readonly TimeSpan ShortDelay = TimeSpan.FromMilliseconds(10);

    [Fact]
    public async Task Failing_first_calls_are_retried_until_the_cluster_answers()
    {
        var attempts = 0;

        await ClusterReadiness.WaitAsync(
            _ => ++attempts < 3 ? throw new InvalidOperationException("The silo is still starting.") : Task.CompletedTask,
            TimeSpan.FromSeconds(30), ShortDelay, TimeProvider.System, CancellationToken.None);

        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task A_cluster_that_never_answers_fails_with_a_timeout_that_keeps_the_last_error()
    {
        var failure = await Assert.ThrowsAsync<TimeoutException>(() => ClusterReadiness.WaitAsync(
            _ => throw new InvalidOperationException("No silo."),
            TimeSpan.FromMilliseconds(200), ShortDelay, TimeProvider.System, CancellationToken.None));

        Assert.Equal("No silo.", failure.InnerException?.Message);
    }

    [Fact]
    public async Task A_call_that_hangs_does_not_outlast_the_timeout()
    {
        var never = new TaskCompletionSource();

        await Assert.ThrowsAsync<TimeoutException>(() => ClusterReadiness.WaitAsync(
            _ => never.Task, TimeSpan.FromMilliseconds(200), ShortDelay, TimeProvider.System, CancellationToken.None));
    }
}
