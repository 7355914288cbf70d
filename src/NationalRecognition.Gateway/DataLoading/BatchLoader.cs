using GraphQL.DataLoader;

namespace NationalRecognition.Gateway.DataLoading;

/// <summary>
/// Per-request batching of lookups by key. <see cref="Load"/> only queues the key and returns an
/// <see cref="IDataLoaderResult{T}"/>; GraphQL.NET resolves such results after every other pending field has had
/// the chance to queue its keys, so the first result awaited fetches all queued keys in one call.
/// Results are cached by key for the life of the loader: register it scoped (one per request).
/// </summary>
/// <typeparam name="TKey">Identifier looked up, e.g. an institution id.</typeparam>
/// <typeparam name="TValue">What a key resolves to; a key missing from the fetch result resolves to default.</typeparam>
public sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly Dictionary<TKey, Batch> _batchOfKey = [];
    private readonly Lock _gate = new();
    private Batch? _pending;

    /// <summary>Creates a loader over a fetch that answers many keys at once (one grain call, one query).</summary>
    public BatchLoader(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        _fetch = fetch;
    }

    /// <summary>Queues <paramref name="key"/> (unless already loaded or queued) and returns its deferred value.</summary>
    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (_gate)
        {
            if (!_batchOfKey.TryGetValue(key, out var batch))
            {
                batch = _pending ??= new Batch(this);
                batch.Keys.Add(key);
                _batchOfKey.Add(key, batch);
            }

            return new Result(batch, key);
        }
    }

    private Task<IReadOnlyDictionary<TKey, TValue>> Dispatch(Batch batch, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (batch.Fetch is null)
            {
                // Keys loaded from now on start a new batch; this one is closed.
                if (ReferenceEquals(_pending, batch))
                {
                    _pending = null;
                }

                batch.Fetch = FetchAsync(batch.Keys.ToArray(), cancellationToken);
            }

            return batch.Fetch;
        }
    }

    // Async so that a fetch throwing synchronously still faults the batch's task instead of escaping the lock.
    private async Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(TKey[] keys, CancellationToken cancellationToken) =>
        await _fetch(keys, cancellationToken);

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        public BatchLoader<TKey, TValue> Owner { get; } = owner;

        public List<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>>? Fetch { get; set; }
    }

    private sealed class Result(Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.Owner.Dispatch(batch, cancellationToken);
            return values.TryGetValue(key, out var value) ? value : default;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }
}
