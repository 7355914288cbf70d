using NationalRecognition.Grains.ReadModels.Projector;
using Npgsql;

namespace NationalRecognition.Persistence.ReadModels.Projector;

/// <summary>
/// A read model's tables on PostgreSQL: it writes a batch's changes in the projector's transaction, and a reset empties
/// its <see cref="Tables"/> in it (the checkpoint goes back to the start in the same commit).
/// </summary>
public abstract class PostgreSqlReadModelStore : IReadModelStore
{
    /// <summary>Every table the read model owns, as the migrations create them.</summary>
    protected abstract IReadOnlyList<string> Tables { get; }

    /// <summary>Writes the changes of one batch (the read model's own projection's) on <paramref name="connection"/> in <paramref name="transaction"/>.</summary>
    protected abstract Task ApplyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ReadModelChange> changes, CancellationToken cancellationToken);

    Task IReadModelStore.ApplyAsync(IProjectorTransaction transaction, IReadOnlyList<ReadModelChange> changes, CancellationToken cancellationToken)
    {
        var sql = PostgreSqlProjectorTransaction.Of(transaction);
        return ApplyAsync(sql.Connection, sql.Transaction, changes, cancellationToken);
    }

    async Task IReadModelStore.ResetAsync(IProjectorTransaction transaction, CancellationToken cancellationToken)
    {
        var sql = PostgreSqlProjectorTransaction.Of(transaction);
        await using var truncate = new NpgsqlCommand($"TRUNCATE {string.Join(", ", Tables)}", sql.Connection, sql.Transaction);
        await truncate.ExecuteNonQueryAsync(cancellationToken);
    }
}
