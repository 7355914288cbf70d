using Microsoft.Extensions.Logging;

namespace NationalRecognition.ServiceDefaults.Logging;

/// <summary>Renders each entry, masks IINs in it, its values and its exception text, then passes it on.</summary>
internal sealed class RedactingLogger(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull =>
        inner.BeginScope(RedactedLogState.RedactValue(state) ?? string.Empty);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var redacted = RedactedLogState.From(state, formatter(state, exception));
        var safeException = exception is not null && PersonalDataRedactor.ContainsIin(exception.ToString())
            ? new RedactedException(exception)
            : exception;
        inner.Log(logLevel, eventId, redacted, safeException, static (s, _) => s.Message);
    }
}
