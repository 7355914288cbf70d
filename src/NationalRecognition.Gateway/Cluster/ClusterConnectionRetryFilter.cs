namespace NationalRecognition.Gateway.Cluster;

/// <summary>
/// Keeps trying to reach the cluster at start-up instead of failing the gateway: gateways and silos start in any
/// order in a deployment, and <c>/health/ready</c> stays red until the connection is made.
/// </summary>
internal sealed partial class ClusterConnectionRetryFilter(ILogger<ClusterConnectionRetryFilter> logger)
    : IClientConnectionRetryFilter
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        LogRetrying(logger, Delay.TotalSeconds, exception.Message);
        try
        {
            await Task.Delay(Delay, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Orleans cluster can't be reached yet; retrying in {DelaySeconds} s: {Reason}")]
    private static partial void LogRetrying(ILogger logger, double delaySeconds, string reason);
}
