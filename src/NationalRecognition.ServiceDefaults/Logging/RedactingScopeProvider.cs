using Microsoft.Extensions.Logging;

namespace NationalRecognition.ServiceDefaults.Logging;

/// <summary>Hands providers their scopes (request path, trace ids, our own scopes) with IINs masked.</summary>
internal sealed class RedactingScopeProvider(IExternalScopeProvider inner) : IExternalScopeProvider
{
    public void ForEachScope<TState>(Action<object?, TState> callback, TState state) =>
        inner.ForEachScope((scope, s) => callback(RedactedLogState.RedactValue(scope), s), state);

    public IDisposable Push(object? state) => inner.Push(state);
}
