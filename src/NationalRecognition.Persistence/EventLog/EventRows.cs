using System.Globalization;
using NationalRecognition.Grains.EventLog;
using Npgsql;

namespace NationalRecognition.Persistence.EventLog;

/// <summary>How an event row is selected and read back.</summary>
internal static class EventRows
{
    public const string Columns =
        "transaction_id::text, position, stream_id, stream_version, event_type, schema_version, payload::text, occurred_at, " +
        "subject_id, role, actor_institution_bin, institution_bin, trace_parent";

    public static async Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var events = new List<RecordedEvent>();
        await foreach (var recorded in StreamAsync(command, cancellationToken))
        {
            events.Add(recorded);
        }

        return events;
    }

    /// <summary>The events one at a time, for reads of the whole log (a recount) that must not hold it in memory.</summary>
    public static async IAsyncEnumerable<RecordedEvent> StreamAsync(
        NpgsqlCommand command, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new RecordedEvent(
                new LogPosition(ulong.Parse(reader.GetString(0), NumberStyles.None, CultureInfo.InvariantCulture), reader.GetInt64(1)),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3),
                reader.GetString(4),
                reader.GetInt32(5),
                reader.GetString(6),
                reader.GetFieldValue<DateTimeOffset>(7),
                reader.GetString(8),
                reader.GetString(9),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetString(11),
                reader.IsDBNull(12) ? null : reader.GetString(12));
        }
    }
}
