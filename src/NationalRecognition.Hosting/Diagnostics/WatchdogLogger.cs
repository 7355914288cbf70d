using Microsoft.Extensions.Logging;

namespace NationalRecognition.Hosting.Diagnostics;

/// <summary>The logger of <typeparamref name="T"/> (Orleans' watchdog), demoting its impossible start-up reading (<see cref="WatchdogStartReading"/>).</summary>
internal sealed class WatchdogLogger<T>(ILoggerFactory factory) : ILogger<T>
{
    private readonly ILogger _inner = factory.CreateLogger(typeof(T).FullName ?? typeof(T).Name);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => _inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => _inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var level = logLevel == LogLevel.Warning && WatchdogStartReading.IsReadingBeforeStart(logLevel, state, WatchdogStartReading.ProcessAge())
            ? LogLevel.Debug
            : logLevel;
        _inner.Log(level, eventId, state, exception, formatter);
    }
}
