using System.Globalization;
using NationalRecognition.Grains.EventLog;
using Npgsql;

namespace NationalRecognition.Persistence.ReadModels.Projector;

/// <summary>
/// A read model's checkpoint row in <c>projection_checkpoints</c>: the last event applied. Locking it is how a batch, a
/// reset and the statistics' recount take turns.
/// </summary>
internal static class ProjectionCheckpoints
{
    /// <summary>Locks the row (made if missing) and returns its position; null when <paramref name="skipLocked"/> and another holds it.</summary>
    public static async Task<LogPosition?> LockAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string projection, bool skipLocked, CancellationToken cancellationToken)
    {
        await using (var ensure = new NpgsqlCommand(
            "INSERT INTO projection_checkpoints (projection) VALUES (@projection) ON CONFLICT DO NOTHING", connection, transaction))
        {
            ensure.Parameters.Add(new NpgsqlParameter<string>("projection", projection));
            await ensure.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var command = new NpgsqlCommand(
            $"SELECT transaction_id::text, position FROM projection_checkpoints WHERE projection = @projection FOR UPDATE{(skipLocked ? " SKIP LOCKED" : string.Empty)}",
            connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string>("projection", projection));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new LogPosition(ulong.Parse(reader.GetString(0), NumberStyles.None, CultureInfo.InvariantCulture), reader.GetInt64(1))
            : null;
    }

    public static async Task SaveAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string projection, LogPosition position, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "UPDATE projection_checkpoints SET transaction_id = @tx::xid8, position = @position, updated_at = now() WHERE projection = @projection",
            connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string>("tx", position.TransactionId.ToString(CultureInfo.InvariantCulture)));
        command.Parameters.Add(new NpgsqlParameter<long>("position", position.Position));
        command.Parameters.Add(new NpgsqlParameter<string>("projection", projection));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
