using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Grains.ReadModels.Audit;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Persistence.ReadModels.Projector;
using Npgsql;

namespace NationalRecognition.Persistence.ReadModels.Audit;

/// <summary>The audit logs on PostgreSQL (<c>audit_log</c>): append-only rows per scope, read a UTC day at a time, newest first.</summary>
public sealed class PostgreSqlAuditStore(NpgsqlDataSource dataSource) : PostgreSqlReadModelStore, IAuditQueries
{
    private const string AuditColumns = "position, at, subject_id, role, actor_institution_bin, action, target, outcome, detail";

    protected override IReadOnlyList<string> Tables { get; } = ["audit_log"];

    public async Task<Page<AuditRecord>> PageAsync(string scope, DateOnly day, PageRequest page, CancellationToken cancellationToken)
    {
        var from = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        const string Where = "scope = @scope AND at >= @from AND at < @to";
        await using var select = dataSource.CreateCommand();
        await using var count = dataSource.CreateCommand($"SELECT count(*) FROM audit_log WHERE {Where}");
        foreach (var command in new[] { count, select })
        {
            command.Parameters.Add(new NpgsqlParameter<string>("scope", scope));
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("from", from));
            command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("to", from.AddDays(1)));
        }

        var keyset = string.Empty;
        if (page.After is not null)
        {
            var cursor = AuditCursor.Decode(page.After);
            keyset = " AND (at < @afterAt OR (at = @afterAt AND position < @afterPosition))";
            select.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("afterAt", cursor.At));
            select.Parameters.Add(new NpgsqlParameter<long>("afterPosition", cursor.Sequence));
        }

        select.CommandText = $"SELECT {AuditColumns} FROM audit_log WHERE {Where}{keyset} ORDER BY at DESC, position DESC LIMIT @limit";
        select.Parameters.Add(new NpgsqlParameter<int>("limit", page.First + 1));
        var rows = new List<AuditRecord>();
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new AuditRecord(
                    reader.GetInt64(0),
                    reader.GetFieldValue<DateTimeOffset>(1),
                    reader.GetString(2),
                    ActorRoles.FromStoredName(reader.GetString(3)),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    reader.GetString(5),
                    reader.GetString(6),
                    (AuditOutcome)reader.GetInt16(7),
                    reader.IsDBNull(8) ? null : reader.GetString(8)));
            }
        }

        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        var slice = rows.Take(page.First).ToList();
        return new Page<AuditRecord>(slice, slice.Select(r => AuditCursor.Of(r).Encode()).ToList(), rows.Count > page.First, (int)total);
    }
    protected override async Task ApplyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ReadModelChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var appends = changes.Cast<AuditAppend>().ToList();
        await using var command = new NpgsqlCommand("""
            INSERT INTO audit_log (position, scope, at, subject_id, role, actor_institution_bin, action, target, outcome, detail)
            SELECT * FROM unnest(@positions, @scopes, @ats, @subjects, @roles, @actorBins, @actions, @targets, @outcomes, @details)
            ON CONFLICT (position) DO NOTHING
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<long[]>("positions", appends.Select(a => a.Record.Sequence).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("scopes", appends.Select(a => a.Scope).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("ats", appends.Select(a => a.Record.At).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("subjects", appends.Select(a => a.Record.SubjectId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("roles", appends.Select(a => a.Record.Role.ToString()).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string?[]>("actorBins", appends.Select(a => a.Record.ActorInstitutionBin).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("actions", appends.Select(a => a.Record.Action).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("targets", appends.Select(a => a.Record.Target).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<short[]>("outcomes", appends.Select(a => (short)a.Record.Outcome).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string?[]>("details", appends.Select(a => a.Record.Detail).ToArray()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
