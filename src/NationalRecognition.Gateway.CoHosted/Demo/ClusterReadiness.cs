namespace NationalRecognition.Gateway.CoHosted.Demo;

/// <summary>
/// Retries a first call until the cluster answers: in local mode the co-hosted silo may start after the web
/// app's hosted services, and a call made too early fails (or waits) instead of queueing.
/// </summary>
internal static class ClusterReadiness
{
    public static async Task WaitAsync(
        Func<CancellationToken, Task> probe, TimeSpan timeout, TimeSpan retryDelay, TimeProvider time, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var attempts = 0;
        Exception? lastFailure = null;
        while (true)
        {
            var remaining = timeout - time.GetElapsedTime(started);
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException($"The Orleans cluster did not answer within {timeout} ({attempts} attempt(s)).", lastFailure);
            }

            attempts++;
            try
            {
                // Bounded by what is left, so one call that hangs until its response timeout cannot overrun.
                await probe(cancellationToken).WaitAsync(remaining, time, cancellationToken);
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                lastFailure = exception;
            }

            var left = timeout - time.GetElapsedTime(started);
            if (left > TimeSpan.Zero)
            {
                await Task.Delay(retryDelay < left ? retryDelay : left, time, cancellationToken);
            }
        }
    }
}
