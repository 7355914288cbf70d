using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NationalRecognition.ServiceDefaults.Operations;

/// <summary>
/// Holds the stop between "not ready" (ApplicationStopping, which readiness reads) and the stop of every hosted service,
/// the HTTP server's included: a lifecycle service's StoppingAsync runs before any StopAsync.
/// </summary>
internal sealed partial class DrainDelay(IOptions<ShutdownOptions> options, TimeProvider time, ILogger<DrainDelay> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        var delay = options.Value.DrainDelay;
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        LogDraining(logger, delay.TotalSeconds);
        try
        {
            await Task.Delay(delay, time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The shutdown timeout ran out first: stop now.
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: not ready; waiting {Seconds} s for load balancers before refusing connections.")]
    private static partial void LogDraining(ILogger logger, double seconds);
}
