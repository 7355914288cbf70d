using System.Globalization;
using System.Text;
using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Certificates;
using NationalRecognition.Grains.Infrastructure;
using NationalRecognition.Grains.ReadModels.Listings;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Persistence.ReadModels.Projector;
using Npgsql;

namespace NationalRecognition.Persistence.ReadModels.Listings;

/// <summary>The listings on PostgreSQL (<c>application_listing</c>): one row per application, read in keyset pages, newest submission first.</summary>
public sealed class PostgreSqlListingStore(NpgsqlDataSource dataSource) : PostgreSqlReadModelStore, IListingQueries
{
    private const string ListingColumns =
        "application_id, version, status, learner_iin, institution_bin, commission_id, programme_code, period_id, " +
        "submitted_at, updated_at, issuer_kinds, units_requested, units_recognised, credits_recognised";

    protected override IReadOnlyList<string> Tables { get; } = ["application_listing"];

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

    protected override async Task ApplyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ReadModelChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        // One row per application per statement (ON CONFLICT may touch a row once): the batch's newest version.
        var rows = changes.Cast<ListingUpsert>().Select(u => u.Summary).GroupBy(s => s.Id).Select(g => g.MaxBy(s => s.Version)!).ToList();
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
