using NationalRecognition.Grains.Privacy;

namespace NationalRecognition.Hosting.LocalMode.Privacy;

/// <summary>The learners' data keys in memory (local mode, tests): the same behaviour as <c>learner_data_keys</c>.</summary>
public sealed class InMemoryLearnerKeyStore : ILearnerKeyStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Row> _rows = [];

    public Task<LearnerDataKey> GetOrCreateAsync(string learner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var (id, row) = _rows.FirstOrDefault(pair => pair.Value.Learner == learner);
            if (row is null)
            {
                id = Guid.NewGuid();
                row = new Row { Learner = learner, Key = PersonalDataCipher.NewKey() };
                _rows[id] = row;
            }

            row.LastUsedAt = now;
            return Task.FromResult(new LearnerDataKey(id, row.Key!));
        }
    }

    public Task<IReadOnlyDictionary<Guid, byte[]?>> FindAsync(IReadOnlyCollection<Guid> keyIds, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyDictionary<Guid, byte[]?> found = keyIds.Distinct().Where(_rows.ContainsKey).ToDictionary(id => id, id => _rows[id].Key);
            return Task.FromResult(found);
        }
    }

    public Task<long> ShredLearnerAsync(string learner, DateTimeOffset now, CancellationToken cancellationToken) =>
        Shred(row => row.Learner == learner);

    public Task<long> ShredUnusedSinceAsync(DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken) =>
        Shred(row => row.Key is not null && row.LastUsedAt < cutoff);

    private Task<long> Shred(Func<Row, bool> which)
    {
        lock (_gate)
        {
            long count = 0;
            foreach (var row in _rows.Values.Where(which))
            {
                // The id stays as a tombstone; the key and the learner it belonged to go.
                row.Key = null;
                row.Learner = null;
                count++;
            }

            return Task.FromResult(count);
        }
    }

    private sealed class Row
    {
        public string? Learner { get; set; }

        public byte[]? Key { get; set; }

        public DateTimeOffset LastUsedAt { get; set; }
    }
}
