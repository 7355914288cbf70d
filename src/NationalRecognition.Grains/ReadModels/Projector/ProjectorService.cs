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
/// while the store is reachable. A projection that meets an event this build cannot read stops there and raises an
/// alert (<see cref="UnknownEventException.AlertCode"/>: a critical log, the <c>recognition.projection.stopped</c>
/// meter, a degraded probe); the others go on, and it is tried again at <see cref="ProjectorOptions.RetryDelay"/>.
/// </summary>
public sealed partial class ProjectorService(
    IProjectorStore store,
    IEnumerable<ReadModel> readModels,
    LogWriteSignal signal,
    IOptions<ProjectorOptions> options,
    ProjectionStops stops,
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
            catch (ProjectionsStoppedException)
            {
                // Alerted once per stop in CatchUpAsync; a silo with a build that reads the event may take it meanwhile.
                delay = options.Value.RetryDelay;
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

    /// <summary>
    /// Applies batches until every read model has caught up with what the log holds now, or has stopped at an event
    /// this build cannot read; throws <see cref="ProjectionsStoppedException"/> after the others caught up if any stopped.
    /// </summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        List<UnknownEventException>? stopped = null;
        foreach (var readModel in _readModels)
        {
            int applied;
            try
            {
                applied = await ApplyAvailableAsync(readModel, cancellationToken);
            }
            catch (UnknownEventException stop)
            {
                (stopped ??= []).Add(stop);
                if (stops.Stopped(stop))
                {
                    LogStopped(logger, UnknownEventException.AlertCode, stop.Projection, stop.EventType, stop.SchemaVersion, stop);
                }

                continue;
            }

            // Past the event: this silo applied events beyond it (it reads it now, or another silo did), or nothing is left.
            if (stops.IsStopped(readModel.Name)
                && (applied > 0 || (await store.StatusAsync(readModel, cancellationToken)).EventsBehind == 0)
                && stops.Resumed(readModel.Name))
            {
                LogResumed(logger, readModel.Name);
            }
        }

        if (stopped is not null)
        {
            throw new ProjectionsStoppedException(stopped);
        }
    }

    /// <summary>Applies full batches while there are any; returns how many events this silo applied.</summary>
    private async Task<int> ApplyAvailableAsync(ReadModel readModel, CancellationToken cancellationToken)
    {
        var total = 0;
        int applied;
        while ((applied = await store.ApplyNextBatchAsync(readModel, options.Value.BatchSize, cancellationToken)) > 0)
        {
            total += applied;
            if (applied < options.Value.BatchSize)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        return total;
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

    [LoggerMessage(EventId = 5201, EventName = "ProjectionStoppedAtUnknownEvent", Level = LogLevel.Critical,
        Message = "{AlertCode}: the {Projection} projection stopped at a {EventType} event of schema version {SchemaVersion}, which this build cannot read; it never skips an event and resumes when a silo whose build reads it runs the projection.")]
    private static partial void LogStopped(ILogger logger, string alertCode, string projection, string eventType, int schemaVersion, Exception exception);

    [LoggerMessage(EventId = 5202, EventName = "ProjectionResumed", Level = LogLevel.Information,
        Message = "The {Projection} projection moved past the event it had stopped at.")]
    private static partial void LogResumed(ILogger logger, string projection);
}
