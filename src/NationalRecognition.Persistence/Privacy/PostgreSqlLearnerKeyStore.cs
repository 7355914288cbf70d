using NationalRecognition.Grains.Privacy;
using Npgsql;

namespace NationalRecognition.Persistence.Privacy;

/// <summary>
/// The learners' data keys on PostgreSQL (<c>learner_data_keys</c>). Getting a key is one statement that creates it
/// or marks it used; shredding nulls the key and the learner and keeps the id. Base backups and WAL archives keep a
/// shredded key until they expire: their retention bounds how long shredding takes to be complete (docs/privacy.md).
/// </summary>
public sealed class PostgreSqlLearnerKeyStore(NpgsqlDataSource dataSource) : ILearnerKeyStore
{
    public async Task<LearnerDataKey> GetOrCreateAsync(string learner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO learner_data_keys (key_id, learner, data_key, created_at, last_used_at)
            VALUES (@id, @learner, @key, @now, @now)
            ON CONFLICT (learner) WHERE learner IS NOT NULL DO UPDATE SET last_used_at = GREATEST(learner_data_keys.last_used_at, excluded.last_used_at)
            RETURNING key_id, data_key
            """);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", Guid.NewGuid()));
        command.Parameters.Add(new NpgsqlParameter<string>("learner", learner));
        command.Parameters.Add(new NpgsqlParameter<byte[]>("key", PersonalDataCipher.NewKey()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new LearnerDataKey(reader.GetGuid(0), reader.GetFieldValue<byte[]>(1));
    }

    public async Task<IReadOnlyDictionary<Guid, byte[]?>> FindAsync(IReadOnlyCollection<Guid> keyIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, byte[]?>();
        if (keyIds.Count == 0)
        {
            return found;
        }

        await using var command = dataSource.CreateCommand("SELECT key_id, data_key FROM learner_data_keys WHERE key_id = ANY(@ids)");
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", keyIds.Distinct().ToArray()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetGuid(0)] = reader.IsDBNull(1) ? null : reader.GetFieldValue<byte[]>(1);
        }

        return found;
    }

    public Task<long> ShredLearnerAsync(string learner, DateTimeOffset now, CancellationToken cancellationToken) =>
        ShredAsync("learner = @learner", now, command => command.Parameters.Add(new NpgsqlParameter<string>("learner", learner)), cancellationToken);

    public Task<long> ShredUnusedSinceAsync(DateTimeOffset cutoff, DateTimeOffset now, CancellationToken cancellationToken) =>
        ShredAsync("data_key IS NOT NULL AND last_used_at < @cutoff", now,
            command => command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("cutoff", cutoff)), cancellationToken);

    private async Task<long> ShredAsync(string where, DateTimeOffset now, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"UPDATE learner_data_keys SET data_key = NULL, learner = NULL, shredded_at = @now WHERE {where}");
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("now", now));
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
