using System.Globalization;
using System.Text;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.Infrastructure;
using NationalRecognition.Grains.Projections;
using NationalRecognition.Grains.Statistics;
using NationalRecognition.Grains.Telemetry;
using Npgsql;
using NpgsqlTypes;

namespace NationalRecognition.Persistence.EventLog;

/// <summary>
/// The read models on PostgreSQL and the projector's batches over them. A batch locks its projection's
/// checkpoint row (<c>SKIP LOCKED</c>: a silo finding it taken leaves the batch to the one holding it), reads the
/// events after it that every running transaction has already passed, writes the rows and advances the
/// checkpoint — one transaction, so each event takes effect exactly once.
/// </summary>
public sealed partial class PostgreSqlReadModels(NpgsqlDataSource dataSource) : IReadModelStore, IListingQueries, IAuditQueries, IStatisticsStore
{
    private const string ListingColumns =
        "application_id, version, status, learner_iin, institution_bin, commission_id, programme_code, period_id, " +
        "submitted_at, updated_at, issuer_kinds, units_requested, units_recognised, credits_recognised";

    private const string AuditColumns = "position, at, subject_id, role, actor_institution_bin, action, target, outcome, detail";

    public async Task<int> ApplyNextBatchAsync(IProjection projection, int maxEvents, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await HasNewEventsAsync(connection, projection.Name, cancellationToken))
        {
            return 0;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var checkpoint = await LockCheckpointAsync(connection, transaction, projection.Name, skipLocked: true, cancellationToken);
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

        using var span = ProjectorTelemetry.StartBatch(projection.Name, batch);
        var changes = batch.SelectMany(projection.Project).ToList();
        await UpsertListingsAsync(connection, transaction, changes.OfType<ListingUpsert>().ToList(), cancellationToken);
        await AppendAuditAsync(connection, transaction, changes.OfType<AuditAppend>().ToList(), cancellationToken);
        await ApplyStatisticsAsync(connection, transaction, changes.OfType<StatisticsChange>().ToList(), cancellationToken);
        await SaveCheckpointAsync(connection, transaction, projection.Name, batch[^1].Position, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }

    public async Task ResetAsync(IProjection projection, CancellationToken cancellationToken)
    {
        var table = projection.Name switch
        {
            ListingProjection.ProjectionName => "application_listing",
            AuditProjection.ProjectionName => "audit_log",
            StatisticsProjection.ProjectionName => StatisticsTables,
            _ => throw new InvalidOperationException($"Unknown projection '{projection.Name}'."),
        };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        _ = await LockCheckpointAsync(connection, transaction, projection.Name, skipLocked: false, cancellationToken);
        await using (var truncate = new NpgsqlCommand($"TRUNCATE {table}", connection, transaction))
        {
            await truncate.ExecuteNonQueryAsync(cancellationToken);
        }

        await SaveCheckpointAsync(connection, transaction, projection.Name, LogPosition.Start, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<ProjectionStatus> StatusAsync(IProjection projection, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT count(*), min(e.occurred_at)
            FROM recognition_events e
            LEFT JOIN projection_checkpoints c ON c.projection = @projection
            WHERE (e.transaction_id, e.position) > (coalesce(c.transaction_id, '0'::xid8), coalesce(c.position, 0))
            """);
        command.Parameters.Add(new NpgsqlParameter<string>("projection", projection.Name));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var behind = reader.GetInt64(0);
        var oldest = reader.IsDBNull(1) ? (DateTimeOffset?)null : reader.GetFieldValue<DateTimeOffset>(1);
        return new ProjectionStatus(projection.Name, behind, oldest is { } at ? DateTimeOffset.UtcNow - at : TimeSpan.Zero);
    }

    public async Task<Page<ApplicationSummary>> PageAsync(ListingFilter filter, ApplicationStatus? status, PageRequest page, CancellationToken cancellationToken)
    {
        var where = new StringBuilder();
        await using var count = dataSource.CreateCommand();
        await using var select = dataSource.CreateCommand();
        foreach (var command in new[] { count, select })
        {
            AddFilter(command, filter, status);
        }

        Where(where, filter, status);
        var after = page.After is null ? (PageCursor?)null : PageCursor.Decode(page.After);
        var keyset = string.Empty;
        if (after is { } cursor)
        {
            keyset = " AND (submitted_at < @afterAt OR (submitted_at = @afterAt AND application_id > @afterId))";
            select.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("afterAt", cursor.SubmittedAt));
            select.Parameters.Add(new NpgsqlParameter<Guid>("afterId", cursor.Id));
        }

        select.CommandText = $"SELECT {ListingColumns} FROM application_listing WHERE {where}{keyset} ORDER BY submitted_at DESC, application_id LIMIT @limit";
        select.Parameters.Add(new NpgsqlParameter<int>("limit", page.First + 1));
        count.CommandText = $"SELECT count(*) FROM application_listing WHERE {where}";

        var rows = new List<ApplicationSummary>();
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(ReadSummary(reader));
            }
        }

        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        var slice = rows.Take(page.First).ToList();
        return new Page<ApplicationSummary>(
            slice, slice.Select(s => new PageCursor(s.SubmittedAt, s.Id).Encode()).ToList(), rows.Count > page.First, (int)total);
    }

    public async Task<ApplicationSummary?> FindAsync(Guid applicationId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT {ListingColumns} FROM application_listing WHERE application_id = @id");
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", applicationId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadSummary(reader) : null;
    }

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

    private static async Task<LogPosition?> LockCheckpointAsync(
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

    private static async Task SaveCheckpointAsync(
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

    private static async Task UpsertListingsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<ListingUpsert> upserts, CancellationToken cancellationToken)
    {
        if (upserts.Count == 0)
        {
            return;
        }

        // One row per application per statement (ON CONFLICT may touch a row once): the batch's newest version.
        var rows = upserts.Select(u => u.Summary).GroupBy(s => s.Id).Select(g => g.MaxBy(s => s.Version)!).ToList();
        await using var command = new NpgsqlCommand("""
            INSERT INTO application_listing
                (application_id, version, status, learner_iin, learner_key, institution_bin, commission_id, programme_code,
                 period_id, submitted_at, updated_at, issuer_kinds, units_requested, units_recognised, credits_recognised)
            SELECT r.id, r.version, r.status, r.iin, r.learner, r.bin, r.commission, r.programme, r.period, r.submitted, r.updated,
                   coalesce(string_to_array(nullif(r.kinds, ''), ',')::smallint[], '{}'), r.requested, r.recognised, r.credits
            FROM unnest(@ids, @versions, @statuses, @iins, @learners, @bins, @commissions, @programmes, @periods,
                        @submitted, @updated, @kinds, @requested, @recognised, @credits)
                AS r(id, version, status, iin, learner, bin, commission, programme, period, submitted, updated, kinds, requested, recognised, credits)
            ON CONFLICT (application_id) DO UPDATE SET
                version = excluded.version, status = excluded.status, learner_iin = excluded.learner_iin,
                learner_key = excluded.learner_key, institution_bin = excluded.institution_bin,
                commission_id = excluded.commission_id, programme_code = excluded.programme_code,
                period_id = excluded.period_id, submitted_at = excluded.submitted_at, updated_at = excluded.updated_at,
                issuer_kinds = excluded.issuer_kinds, units_requested = excluded.units_requested,
                units_recognised = excluded.units_recognised, credits_recognised = excluded.credits_recognised
            WHERE application_listing.version < excluded.version
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", rows.Select(r => r.Id).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<int[]>("versions", rows.Select(r => r.Version).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<short[]>("statuses", rows.Select(r => (short)r.Status).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("iins", rows.Select(r => r.LearnerIin).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("learners", rows.Select(r => LearnerKeys.For(r.LearnerIin)).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("bins", rows.Select(r => r.InstitutionBin).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("commissions", rows.Select(r => r.CommissionId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("programmes", rows.Select(r => r.ProgrammeCode).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("periods", rows.Select(r => r.AcademicPeriodId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("submitted", rows.Select(r => r.SubmittedAt).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("updated", rows.Select(r => r.UpdatedAt).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("kinds", rows.Select(r => string.Join(',', r.IssuerKinds.Select(k => ((int)k).ToString(CultureInfo.InvariantCulture)))).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<int[]>("requested", rows.Select(r => r.UnitsRequested).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<int[]>("recognised", rows.Select(r => r.UnitsRecognised).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<decimal[]>("credits", rows.Select(r => r.CreditsRecognised).ToArray()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task AppendAuditAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<AuditAppend> appends, CancellationToken cancellationToken)
    {
        if (appends.Count == 0)
        {
            return;
        }

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

    private static void Where(StringBuilder where, ListingFilter filter, ApplicationStatus? status)
    {
        var parts = new List<string>();
        if (filter.CommissionId is not null)
        {
            parts.Add("commission_id = @commission");
        }

        if (filter.InstitutionBin is not null)
        {
            parts.Add("institution_bin = @bin");
        }

        if (filter.PeriodId is not null)
        {
            parts.Add("period_id = @period");
        }

        if (filter.LearnerKey is not null)
        {
            parts.Add("learner_key = @learner");
        }

        if (status is not null)
        {
            parts.Add("status = @status");
        }

        where.Append(parts.Count == 0 ? "true" : string.Join(" AND ", parts));
    }

    private static void AddFilter(NpgsqlCommand command, ListingFilter filter, ApplicationStatus? status)
    {
        if (filter.CommissionId is { } commission)
        {
            command.Parameters.Add(new NpgsqlParameter<string>("commission", commission));
        }

        if (filter.InstitutionBin is { } bin)
        {
            command.Parameters.Add(new NpgsqlParameter<string>("bin", bin));
        }

        if (filter.PeriodId is { } period)
        {
            command.Parameters.Add(new NpgsqlParameter<string>("period", period));
        }

        if (filter.LearnerKey is { } learner)
        {
            command.Parameters.Add(new NpgsqlParameter<string>("learner", learner));
        }

        if (status is { } wanted)
        {
            command.Parameters.Add(new NpgsqlParameter<short>("status", (short)wanted));
        }
    }

    private static ApplicationSummary ReadSummary(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetInt32(1),
        (ApplicationStatus)reader.GetInt16(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetString(7),
        reader.GetFieldValue<DateTimeOffset>(8),
        reader.GetFieldValue<DateTimeOffset>(9),
        reader.GetFieldValue<short[]>(10).Select(k => (IssuerKind)k).ToList(),
        reader.GetInt32(11),
        reader.GetInt32(12),
        reader.GetDecimal(13));
}
