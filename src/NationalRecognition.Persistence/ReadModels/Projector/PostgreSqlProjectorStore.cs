using System.Globalization;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.Telemetry;
using NationalRecognition.Persistence.EventLog;
using Npgsql;

namespace NationalRecognition.Persistence.ReadModels.Projector;

/// <summary>
/// The projector's batches on PostgreSQL. A batch locks its read model's checkpoint row (<c>SKIP LOCKED</c>: a silo
/// finding it taken leaves the batch to the one holding it), reads the events after it that every running transaction
/// has already passed, has the read model's store write its rows and advances the checkpoint — one transaction, so each
/// event takes effect exactly once. At an event this build cannot read, the batch applies what comes before it and
/// throws <see cref="UnknownEventException"/>: the checkpoint never passes it.
/// </summary>
public sealed class PostgreSqlProjectorStore(NpgsqlDataSource dataSource) : IProjectorStore
{
    public async Task<int> ApplyNextBatchAsync(ReadModel readModel, int maxEvents, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await HasNewEventsAsync(connection, readModel.Name, cancellationToken))
        {
            return 0;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var checkpoint = await ProjectionCheckpoints.LockAsync(connection, transaction, readModel.Name, skipLocked: true, cancellationToken);
        if (checkpoint is not { } from)
        {
            return 0;
        }

        await using var select = new NpgsqlCommand($"""
            SELECT {EventRows.Columns} FROM recognition_events
            WHERE (transaction_id, position) > (@tx::xid8, @position)
              AND transaction_id < pg_snapshot_xmin(pg_current_snapshot())
            ORDER BY recognition_events.transaction_id, recognition_events.position
            LIMIT @limit
            """, connection, transaction);
        select.Parameters.Add(new NpgsqlParameter<string>("tx", from.TransactionId.ToString(CultureInfo.InvariantCulture)));
        select.Parameters.Add(new NpgsqlParameter<long>("position", from.Position));
        select.Parameters.Add(new NpgsqlParameter<int>("limit", maxEvents));
        var batch = await EventRows.ReadAllAsync(select, cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        using var span = ProjectorTelemetry.StartBatch(readModel.Name, batch);
        var projected = readModel.Project(batch);
        if (projected.Checkpoint is { } checkpointAfter)
        {
            // The events before one this build cannot read are applied; the checkpoint stops in front of it.
            await readModel.Store.ApplyAsync(new PostgreSqlProjectorTransaction(connection, transaction), projected.Changes, cancellationToken);
            await ProjectionCheckpoints.SaveAsync(connection, transaction, readModel.Name, checkpointAfter, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        projected.ThrowIfStopped(readModel.Name);
        return batch.Count;
    }

    public async Task ResetAsync(ReadModel readModel, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        _ = await ProjectionCheckpoints.LockAsync(connection, transaction, readModel.Name, skipLocked: false, cancellationToken);
        await readModel.Store.ResetAsync(new PostgreSqlProjectorTransaction(connection, transaction), cancellationToken);
        await ProjectionCheckpoints.SaveAsync(connection, transaction, readModel.Name, LogPosition.Start, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<ProjectionStatus> StatusAsync(ReadModel readModel, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT count(*), min(e.occurred_at)
            FROM recognition_events e
            LEFT JOIN projection_checkpoints c ON c.projection = @projection
            WHERE (e.transaction_id, e.position) > (coalesce(c.transaction_id, '0'::xid8), coalesce(c.position, 0))
            """);
        command.Parameters.Add(new NpgsqlParameter<string>("projection", readModel.Name));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var behind = reader.GetInt64(0);
        var oldest = reader.IsDBNull(1) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(1);
        return new ProjectionStatus(readModel.Name, behind, oldest is { } at ? DateTimeOffset.UtcNow - at : TimeSpan.Zero);
    }

    /// <summary>A cheap look without locks or writes, so that idle projectors cost one small query per poll.</summary>
    private static async Task<bool> HasNewEventsAsync(NpgsqlConnection connection, string projection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT EXISTS (
                SELECT 1 FROM recognition_events e
                LEFT JOIN projection_checkpoints c ON c.projection = @projection
                WHERE (e.transaction_id, e.position) > (coalesce(c.transaction_id, '0'::xid8), coalesce(c.position, 0))
                  AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot()))
            """, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("projection", projection));
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
