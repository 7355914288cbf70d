using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NationalRecognition.Grains.Telemetry;

namespace NationalRecognition.Grains.ReadModels.Projector;

/// <summary>
/// Runs in every silo and keeps every registered read model up with the log. Each batch is one transaction that also
/// advances the checkpoint; the store lets one instance at a time hold a read model, so several silos never
/// apply an event twice. Staleness bound: an acknowledged event is applied within
/// <see cref="ProjectorOptions.BatchInterval"/> plus <see cref="ProjectorOptions.PollInterval"/> plus one batch,
/// while the store is reachable.
/// </summary>
public sealed partial class ProjectorService(
    IProjectorStore store,
    IEnumerable<ReadModel> readModels,
    LogWriteSignal signal,
    IOptions<ProjectorOptions> options,
    TimeProvider time,
    ILogger<ProjectorService> logger) : BackgroundService
{
    private readonly ReadModel[] _readModels = readModels.ToArray();
    private DateTimeOffset _lagMeasuredAt = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = signal.NextWrite;
            var delay = options.Value.PollInterval;
            try
            {
                await CatchUpAsync(stoppingToken);
                await MeasureLagAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogBatchFailed(logger, exception);
                delay = options.Value.RetryDelay;
            }

            try
            {
                await Task.Delay(options.Value.BatchInterval, time, stoppingToken);
                await Task.WhenAny(woken, Task.Delay(delay, time, stoppingToken));
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Applies batches until every read model has caught up with what the log holds now.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        foreach (var readModel in _readModels)
        {
            while (await store.ApplyNextBatchAsync(readModel, options.Value.BatchSize, cancellationToken) >= options.Value.BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    /// <summary>Feeds the lag meters, at most once per <see cref="ProjectorOptions.LagInterval"/> (one count query per read model).</summary>
    private async Task MeasureLagAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now - _lagMeasuredAt < options.Value.LagInterval)
        {
            return;
        }

        _lagMeasuredAt = now;
        foreach (var readModel in _readModels)
        {
            PlatformMetrics.ProjectionLag(await store.StatusAsync(readModel, cancellationToken));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A projector batch failed and was rolled back; it will be retried.")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);
}
