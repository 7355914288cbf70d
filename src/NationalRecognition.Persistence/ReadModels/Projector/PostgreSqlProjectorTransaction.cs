using NationalRecognition.Grains.ReadModels.Projector;
using Npgsql;

namespace NationalRecognition.Persistence.ReadModels.Projector;

/// <summary>The projector's transaction on PostgreSQL: the read model's rows are written on its connection, in it.</summary>
public sealed record PostgreSqlProjectorTransaction(NpgsqlConnection Connection, NpgsqlTransaction Transaction) : IProjectorTransaction
{
    /// <summary>The transaction a PostgreSQL store was handed; any other kind is a wiring mistake (a store of another backend).</summary>
    public static PostgreSqlProjectorTransaction Of(IProjectorTransaction transaction) =>
        transaction as PostgreSqlProjectorTransaction
        ?? throw new InvalidOperationException($"A PostgreSQL read model was given a {transaction.GetType().Name}; register the PostgreSQL projector store with it.");
}
