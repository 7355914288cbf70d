using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.ReadModels.Audit;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Hosting.Health;
using NationalRecognition.Hosting.LocalMode;
using NationalRecognition.Hosting.LocalMode.ReadModels.Audit;
using NationalRecognition.Testing;

namespace NationalRecognition.Persistence.Tests.ReadModels.Projector;

/// <summary>
/// The projector in a silo, at an event its build cannot read: it stops there with an alert (a critical log with a
/// stable code, a degraded probe), keeps the other events before it, and resumes once a build that reads it runs.
/// </summary>
public sealed class ProjectorAlertTests
{
    private readonly InMemoryEventLog _log = new();
    private readonly ProjectionStops _stops = new();
    private readonly RecordingLogger _logger = new();
    private readonly string _bin = TestIdentities.NewBin();

    [Fact]
    public async Task An_unreadable_event_stops_the_projection_with_a_critical_alert_and_a_degraded_probe()
    {
        await WriteAsync("CommissionActivated", 1, """{"commissionId":"x/main"}""");
        await WriteAsync(ReaderOfFutureEvents.EventType, 1, "{}");
        await WriteAsync("CommissionActivated", 1, """{"commissionId":"x/main"}""");

        await Assert.ThrowsAsync<ProjectionsStoppedException>(() => Projector(new AuditProjection()).CatchUpAsync(CancellationToken.None));

        Assert.Single(await Rows());
        var stop = Assert.Single(_stops.Current);
        Assert.Equal(("audit", ReaderOfFutureEvents.EventType), (stop.Projection, stop.EventType));
        var alert = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Critical);
        Assert.Equal(5201, alert.EventId.Id);
        Assert.Contains(UnknownEventException.AlertCode, alert.Message, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Degraded, (await Probe()).Status);
    }

    [Fact]
    public async Task The_projection_never_skips_the_event_and_alerts_once_while_it_stays_stopped()
    {
        await WriteAsync(ReaderOfFutureEvents.EventType, 1, "{}");
        await WriteAsync("CommissionActivated", 1, """{"commissionId":"x/main"}""");
        var projector = Projector(new AuditProjection());

        await Assert.ThrowsAsync<ProjectionsStoppedException>(() => projector.CatchUpAsync(CancellationToken.None));
        await Assert.ThrowsAsync<ProjectionsStoppedException>(() => projector.CatchUpAsync(CancellationToken.None));

        Assert.Empty(await Rows());
        Assert.Single(_logger.Entries, e => e.Level == LogLevel.Critical);
    }

    [Fact]
    public async Task A_build_that_reads_the_event_resumes_the_projection_and_the_probe_is_healthy_again()
    {
        await WriteAsync(ReaderOfFutureEvents.EventType, 1, "{}");
        await WriteAsync("CommissionActivated", 1, """{"commissionId":"x/main"}""");
        await Assert.ThrowsAsync<ProjectionsStoppedException>(() => Projector(new AuditProjection()).CatchUpAsync(CancellationToken.None));

        await Projector(new ReaderOfFutureEvents()).CatchUpAsync(CancellationToken.None);

        Assert.Equal(2, (await Rows()).Count);
        Assert.Empty(_stops.Current);
        Assert.Equal(HealthStatus.Healthy, (await Probe()).Status);
        Assert.Contains(_logger.Entries, e => e.EventId.Id == 5202);
    }

    private ProjectorService Projector(IProjection projection) => new(
        _log,
        [new ReadModel(projection, InMemoryAuditStore.Of(_log))],
        new LogWriteSignal(),
        Options.Create(new ProjectorOptions()),
        _stops,
        TimeProvider.System,
        _logger);

    private Task WriteAsync(string eventType, int schemaVersion, string payload) =>
        _log.AppendAsync("test/stream", new PendingEvent(eventType, schemaVersion, payload, DateTimeOffset.UtcNow, "s", "System", null, _bin), CancellationToken.None);

    private async Task<IReadOnlyList<Contracts.Audit.AuditRecord>> Rows() =>
        (await InMemoryAuditStore.Of(_log).PageAsync(_bin, DateOnly.FromDateTime(DateTime.UtcNow), new Contracts.Common.PageRequest(100), CancellationToken.None)).Items;

    private Task<HealthCheckResult> Probe() => new ProjectorHealthCheck(_stops).CheckHealthAsync(new HealthCheckContext());

    private sealed class RecordingLogger : ILogger<ProjectorService>
    {
        private readonly List<(LogLevel Level, EventId EventId, string Message)> _entries = [];

        public IReadOnlyList<(LogLevel Level, EventId EventId, string Message)> Entries
        {
            get
            {
                lock (_entries)
                {
                    return _entries.ToList();
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_entries)
            {
                _entries.Add((logLevel, eventId, formatter(state, exception)));
            }
        }
    }
}
