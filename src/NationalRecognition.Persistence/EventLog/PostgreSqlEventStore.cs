using System.Globalization;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Telemetry;
using Npgsql;
using NpgsqlTypes;

namespace NationalRecognition.Persistence.EventLog;

/// <summary>
/// The event store on PostgreSQL. A write is one statement — the state row (optimistic on its version) and the
/// events, in data-modifying CTEs — so a command costs one round trip and one commit, and the events are there
/// exactly when the state is.
/// </summary>
public sealed class PostgreSqlEventStore(NpgsqlDataSource dataSource, string serviceId) : IEventStore
{
    // The events are inserted only if the state row was written (they join on it), so a version conflict writes nothing.
    private const string InsertEvents = """
        , appended AS (
            INSERT INTO recognition_events
                (stream_id, stream_version, event_type, schema_version, payload, occurred_at,
                 subject_id, role, actor_institution_bin, institution_bin, trace_parent)
            SELECT @stream, s.last_event_version - cardinality(@types::text[]) + e.n, e.t, e.v, e.p::jsonb, e.o, e.sub, e.r, e.ab, e.ib, @trace
            FROM written s,
                 unnest(@types::text[], @versions::integer[], @payloads::text[], @occurred::timestamptz[],
                        @subjects::text[], @roles::text[], @actorBins::text[], @bins::text[])
                     WITH ORDINALITY AS e(t, v, p, o, sub, r, ab, ib, n)
        )
        SELECT version FROM written
        """;

    private const string Update = """
        WITH written AS (
            UPDATE recognition_state
            SET version = version + 1, last_event_version = last_event_version + cardinality(@types::text[]),
                payload = @payload, modified_at = now()
            WHERE service_id = @service AND grain_type = @type AND grain_key = @key AND version = @expected
            RETURNING version, last_event_version
        )
        """ + InsertEvents;

    private const string Insert = """
        WITH written AS (
            INSERT INTO recognition_state (service_id, grain_type, grain_key, version, last_event_version, payload)
            VALUES (@service, @type, @key, 1, cardinality(@types::text[]), @payload)
            ON CONFLICT DO NOTHING
            RETURNING version, last_event_version
        )
        """ + InsertEvents;

    public async Task<StoredState?> ReadAsync(StateKey key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT payload, version FROM recognition_state WHERE service_id = @service AND grain_type = @type AND grain_key = @key");
        AddKey(command, key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredState(await reader.GetFieldValueAsync<byte[]>(0, cancellationToken), reader.GetInt32(1))
            : null;
    }

    public async Task<int> WriteAsync(StateKey key, int? expectedVersion, ReadOnlyMemory<byte> payload, IReadOnlyList<PendingEvent> events, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(expectedVersion is null ? Insert : Update);
        AddKey(command, key);
        command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("payload", NpgsqlDbType.Bytea) { TypedValue = payload });
        if (expectedVersion is { } expected)
        {
            command.Parameters.Add(new NpgsqlParameter<int>("expected", expected));
        }

        command.Parameters.Add(new NpgsqlParameter<string>("stream", key.StreamId));
        AddEvents(command, events);
        var version = await command.ExecuteScalarAsync(cancellationToken);
        return version is int written
            ? written
            : throw new StateVersionConflictException(
                $"State {key.StreamId} is no longer at version {expectedVersion?.ToString(CultureInfo.InvariantCulture) ?? "none"}: another activation wrote it.");
    }

    public async Task ClearAsync(StateKey key, int? expectedVersion, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "DELETE FROM recognition_state WHERE service_id = @service AND grain_type = @type AND grain_key = @key AND version = @expected");
        AddKey(command, key);
        command.Parameters.Add(new NpgsqlParameter<int>("expected", expectedVersion ?? 0));
        if (expectedVersion is not null && await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new StateVersionConflictException($"State {key.StreamId} is no longer at version {expectedVersion}.");
        }
    }

    public async Task AppendAsync(string streamId, PendingEvent record, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO recognition_events
                (stream_id, stream_version, event_type, schema_version, payload, occurred_at,
                 subject_id, role, actor_institution_bin, institution_bin, trace_parent)
            VALUES (@stream, NULL, @type, @version, @payload::jsonb, @occurred, @subject, @role, @actorBin, @bin, @trace)
            """);
        command.Parameters.Add(new NpgsqlParameter<string>("stream", streamId));
        command.Parameters.Add(new NpgsqlParameter<string>("type", record.EventType));
        command.Parameters.Add(new NpgsqlParameter<int>("version", record.SchemaVersion));
        command.Parameters.Add(new NpgsqlParameter<string>("payload", record.Payload));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("occurred", record.OccurredAt));
        command.Parameters.Add(new NpgsqlParameter<string>("subject", record.SubjectId));
        command.Parameters.Add(new NpgsqlParameter<string>("role", record.Role));
        command.Parameters.Add(new NpgsqlParameter("actorBin", NpgsqlDbType.Text) { Value = (object?)record.ActorInstitutionBin ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("bin", NpgsqlDbType.Text) { Value = (object?)record.InstitutionBin ?? DBNull.Value });
        AddTraceParent(command);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT {EventRows.Columns} FROM recognition_events WHERE stream_id = @stream ORDER BY position");
        command.Parameters.Add(new NpgsqlParameter<string>("stream", streamId));
        return await EventRows.ReadAllAsync(command, cancellationToken);
    }

    private void AddKey(NpgsqlCommand command, StateKey key)
    {
        command.Parameters.Add(new NpgsqlParameter<string>("service", serviceId));
        command.Parameters.Add(new NpgsqlParameter<string>("type", key.GrainType));
        command.Parameters.Add(new NpgsqlParameter<string>("key", key.GrainKey));
    }

    private static void AddEvents(NpgsqlCommand command, IReadOnlyList<PendingEvent> events)
    {
        command.Parameters.Add(new NpgsqlParameter<string[]>("types", events.Select(e => e.EventType).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<int[]>("versions", events.Select(e => e.SchemaVersion).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("payloads", events.Select(e => e.Payload).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("occurred", events.Select(e => e.OccurredAt).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("subjects", events.Select(e => e.SubjectId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("roles", events.Select(e => e.Role).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string?[]>("actorBins", events.Select(e => e.ActorInstitutionBin).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string?[]>("bins", events.Select(e => e.InstitutionBin).ToArray()));
        AddTraceParent(command);
    }

    // The request's trace context goes with its events, in the same statement (ADR 0010): the projector links to it.
    private static void AddTraceParent(NpgsqlCommand command) =>
        command.Parameters.Add(new NpgsqlParameter("trace", NpgsqlDbType.Text) { Value = (object?)ProjectorTelemetry.CurrentTraceParent() ?? DBNull.Value });
}
