using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NationalRecognition.Gateway.Tests.Support;

/// <summary>Every log entry of a host with its level and category, to say what was logged how loudly.</summary>
internal sealed class LeveledLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyCollection<LogEntry> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Capture(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>One entry: its level, category, message and the exception's text (empty when none).</summary>
    internal sealed record LogEntry(LogLevel Level, string Category, string Message, string Exception)
    {
        public override string ToString() => $"{Level} {Category}: {Message} {Exception}";
    }

    private sealed class Capture(LeveledLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._entries.Enqueue(new LogEntry(logLevel, category, formatter(state, exception), exception?.ToString() ?? string.Empty));
    }
}
