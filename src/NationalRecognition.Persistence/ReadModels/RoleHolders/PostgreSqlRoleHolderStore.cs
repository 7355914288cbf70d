using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.People;
using NationalRecognition.Domain.People;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.ReadModels.RoleHolders;
using NationalRecognition.Persistence.ReadModels.Projector;
using Npgsql;

namespace NationalRecognition.Persistence.ReadModels.RoleHolders;

/// <summary>Institutions' role holders on PostgreSQL (<c>role_holders</c>): one row per institution, role, person and Commission.</summary>
public sealed class PostgreSqlRoleHolderStore(NpgsqlDataSource dataSource) : PostgreSqlReadModelStore, IRoleHolderQueries
{
    protected override IReadOnlyList<string> Tables { get; } = ["role_holders"];

    public async Task<Page<RoleHolder>> PageAsync(string institutionBin, PageRequest page, CancellationToken cancellationToken)
    {
        await using var select = dataSource.CreateCommand();
        await using var count = dataSource.CreateCommand("SELECT count(*) FROM role_holders WHERE institution_bin = @bin");
        count.Parameters.Add(new NpgsqlParameter<string>("bin", institutionBin));
        select.Parameters.Add(new NpgsqlParameter<string>("bin", institutionBin));
        var keyset = string.Empty;
        if (page.After is not null)
        {
            var cursor = RoleHolderCursor.Decode(page.After);
            keyset = " AND (role, person_key, commission_id) > (@afterRole, @afterPerson COLLATE \"C\", @afterCommission COLLATE \"C\")";
            select.Parameters.Add(new NpgsqlParameter<short>("afterRole", (short)cursor.Role));
            select.Parameters.Add(new NpgsqlParameter<string>("afterPerson", cursor.PersonKey));
            select.Parameters.Add(new NpgsqlParameter<string>("afterCommission", cursor.CommissionId));
        }

        // Ordinal order of the keys ("C" collation), as the in-memory store and the cursor compare them.
        select.CommandText = $"""
            SELECT person_key, issuer, subject, masked_iin, role, commission_id, granted_at FROM role_holders
            WHERE institution_bin = @bin{keyset}
            ORDER BY role, person_key COLLATE "C", commission_id COLLATE "C" LIMIT @limit
            """;
        select.Parameters.Add(new NpgsqlParameter<int>("limit", page.First + 1));
        var rows = new List<RoleHolder>();
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var commission = reader.GetString(5);
                rows.Add(new RoleHolder(
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetString(3),
                    (PersonRole)reader.GetInt16(4),
                    commission.Length == 0 ? null : commission,
                    reader.GetFieldValue<DateTimeOffset>(6)));
            }
        }

        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        var slice = rows.Take(page.First).ToList();
        return new Page<RoleHolder>(slice, slice.Select(r => RoleHolderCursor.Of(r).Encode()).ToList(), rows.Count > page.First, (int)total);
    }

    protected override async Task ApplyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ReadModelChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        // In log order: a grant and its revocation may share a batch.
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var change in changes)
        {
            var (bin, holder, added) = change switch
            {
                RoleHolderAdded a => (a.InstitutionBin, a.Holder, true),
                RoleHolderRemoved r => (r.InstitutionBin, r.Holder, false),
                _ => throw new InvalidOperationException($"{change.GetType().Name} is not a role-holder change."),
            };
            var command = new NpgsqlBatchCommand(added
                ? """
                  INSERT INTO role_holders (institution_bin, role, person_key, commission_id, issuer, subject, masked_iin, granted_at)
                  VALUES (@bin, @role, @person, @commission, @issuer, @subject, @iin, @at)
                  ON CONFLICT (institution_bin, role, person_key, commission_id)
                  DO UPDATE SET issuer = excluded.issuer, subject = excluded.subject, masked_iin = excluded.masked_iin, granted_at = excluded.granted_at
                  """
                : "DELETE FROM role_holders WHERE institution_bin = @bin AND role = @role AND person_key = @person AND commission_id = @commission");
            command.Parameters.Add(new NpgsqlParameter<string>("bin", bin));
            command.Parameters.Add(new NpgsqlParameter<short>("role", (short)holder.Role));
            command.Parameters.Add(new NpgsqlParameter<string>("person", holder.PersonKey));
            command.Parameters.Add(new NpgsqlParameter<string>("commission", holder.CommissionId ?? string.Empty));
            if (added)
            {
                command.Parameters.Add(new NpgsqlParameter<string?>("issuer", holder.Issuer));
                command.Parameters.Add(new NpgsqlParameter<string?>("subject", holder.Subject));
                command.Parameters.Add(new NpgsqlParameter<string?>("iin", holder.MaskedIin));
                command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("at", holder.GrantedAt));
            }

            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
