using System.Globalization;
using System.Text;
using System.Text.Json;
using NationalRecognition.Contracts.Statistics;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Institutions;
using NationalRecognition.Grains.EventLog;
using NationalRecognition.Grains.ReadModels.Projector;
using NationalRecognition.Grains.ReadModels.Statistics;
using NationalRecognition.Persistence.EventLog;
using NationalRecognition.Persistence.ReadModels.Projector;
using Npgsql;

namespace NationalRecognition.Persistence.ReadModels.Statistics;

/// <summary>
/// The statistics on PostgreSQL. A batch loads the facts of the applications and the dimensions its changes touch
/// (two queries), folds the changes in a <see cref="StatisticsLedger"/>, and writes the facts and the counter deltas
/// (<c>counter = counter + delta</c>) in the projector's transaction, to the full rows and to the national rollup
/// (<see cref="StatisticsRollup"/>). A question is one GROUP BY over the rows of its facet, in the rollup when the
/// rollup answers it.
/// </summary>
public sealed class PostgreSqlStatisticsStore(NpgsqlDataSource dataSource) : PostgreSqlReadModelStore, IStatisticsQueries
{
    private const string KeyColumns =
        "facet, facet_value, ministry, region, institution_kind, institution_bin, programme_level, academic_year, period_id, month";

    private const string CountColumns =
        "submitted, under_review, recognised, partly_recognised, not_recognised, withdrawn, decided_recognised, decided_partly, " +
        "decided_not, units_recognised, units_refused, credits_recognised, decision_hours, refusals";

    private static readonly string[] StatusColumns = ["submitted", "under_review", "recognised", "partly_recognised", "not_recognised", "withdrawn"];

    protected override IReadOnlyList<string> Tables { get; } =
        ["statistics_counters", "statistics_rollup", "statistics_applications", "statistics_institutions", "statistics_periods"];

    public async Task<IReadOnlyList<StatisticsCell>> SumAsync(StatisticsQuery query, CancellationToken cancellationToken)
    {
        var groupColumns = query.GroupBy.Distinct().Select(ColumnOf).ToList();
        var hours = string.Join(", ", Enumerable.Range(1, DecisionTimeBuckets.Count).Select(i => $"sum(decision_hours[{i}])::bigint"));
        var sums = string.Join(", ", CountColumns.Split(", ").Select(c => c switch
        {
            "decision_hours" => $"ARRAY[{hours}]",
            "credits_recognised" => "sum(credits_recognised)",
            _ => $"sum({c})::bigint",
        }));
        await using var command = dataSource.CreateCommand();
        var where = new List<string> { "facet = @facet" };
        command.Parameters.Add(new NpgsqlParameter<short>("facet", (short)query.Facet));
        var filter = query.Filter;
        AddCondition(where, command, "ministry", (short?)filter.Ministry);
        AddCondition(where, command, "region", (short?)filter.Region);
        AddCondition(where, command, "institution_kind", (short?)filter.InstitutionKind);
        AddCondition(where, command, "institution_bin", filter.InstitutionBin);
        AddCondition(where, command, "programme_level", (short?)filter.ProgrammeLevel);
        AddCondition(where, command, "academic_year", filter.AcademicYear);
        AddCondition(where, command, "period_id", filter.AcademicPeriodId);
        AddCondition(where, command, "facet_value", filter.FacetValue);
        if (filter.MonthFrom is { } from)
        {
            where.Add("month >= @monthFrom");
            command.Parameters.Add(new NpgsqlParameter<DateOnly>("monthFrom", from));
        }

        if (filter.MonthTo is { } to)
        {
            where.Add("month <= @monthTo");
            command.Parameters.Add(new NpgsqlParameter<DateOnly>("monthTo", to));
        }

        var select = groupColumns.Count == 0 ? sums : $"{string.Join(", ", groupColumns)}, {sums}";
        var groupBy = groupColumns.Count == 0 ? string.Empty : $" GROUP BY {string.Join(", ", groupColumns)}";
        var table = StatisticsRollup.Answers(query) ? "statistics_rollup" : "statistics_counters";
        command.CommandText = $"SELECT {select} FROM {table} WHERE {string.Join(" AND ", where)}{groupBy}";

        var cells = new List<StatisticsCell>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.IsDBNull(groupColumns.Count))
            {
                continue; // no rows at all: SUM over nothing is NULL
            }

            var group = new StatisticsGroup();
            for (var i = 0; i < groupColumns.Count; i++)
            {
                group = WithColumn(group, groupColumns[i], reader, i);
            }

            var counts = ReadCounts(reader, groupColumns.Count);
            if (!counts.IsZero)
            {
                cells.Add(new StatisticsCell(group, counts));
            }
        }

        return cells;
    }

    public async Task<StatisticsReconciliation> ReconcileAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var projection = new StatisticsProjection();
        // Waits for a running batch, then holds the batches back until the comparison is done.
        var checkpoint = await ProjectionCheckpoints.LockAsync(connection, transaction, projection.Name, skipLocked: false, cancellationToken) ?? LogPosition.Start;

        var recount = new StatisticsLedger();
        long events = 0;
        await using (var select = new NpgsqlCommand($"""
            SELECT {EventRows.Columns} FROM recognition_events
            WHERE (transaction_id, position) <= (@tx::xid8, @position)
            ORDER BY recognition_events.transaction_id, recognition_events.position
            """, connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter<string>("tx", checkpoint.TransactionId.ToString(CultureInfo.InvariantCulture)));
            select.Parameters.Add(new NpgsqlParameter<long>("position", checkpoint.Position));
            await foreach (var recorded in EventRows.StreamAsync(select, cancellationToken))
            {
                events++;
                foreach (var change in projection.Project(recorded).OfType<StatisticsChange>())
                {
                    recount.Apply(change);
                }
            }
        }

        var stored = await ReadRowsAsync(connection, transaction, "statistics_counters", cancellationToken);
        var storedRollup = await ReadRowsAsync(connection, transaction, "statistics_rollup", cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        var recounted = recount.TakeDeltas();
        var rows = StatisticsReconciliation.Compare(events, stored, recounted);
        var rollup = StatisticsReconciliation.Compare(events, storedRollup, StatisticsRollup.Of(recounted));
        return new StatisticsReconciliation(events, rows.RowsCompared + rollup.RowsCompared, [.. rows.Drifts, .. rollup.Drifts]);
    }

    private static async Task<Dictionary<StatisticsRowKey, StatisticsCounts>> ReadRowsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string table, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<StatisticsRowKey, StatisticsCounts>();
        await using var rows = new NpgsqlCommand($"SELECT {KeyColumns}, {CountColumns} FROM {table}", connection, transaction);
        await using var reader = await rows.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[ReadKey(reader)] = ReadCounts(reader, 10);
        }

        return stored;
    }

    protected override async Task ApplyAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ReadModelChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var statistics = changes.Cast<StatisticsChange>().ToList();
        var ledger = await LoadLedgerAsync(connection, transaction, statistics, cancellationToken);
        foreach (var change in statistics)
        {
            ledger.Apply(change);
        }

        await SaveInstitutionsAsync(connection, transaction, ledger, cancellationToken);
        await SavePeriodsAsync(connection, transaction, ledger, cancellationToken);
        await SaveApplicationsAsync(connection, transaction, ledger, cancellationToken);
        var deltas = ledger.TakeDeltas();
        await AddCountersAsync(connection, transaction, "statistics_counters", deltas, cancellationToken);
        await AddCountersAsync(connection, transaction, "statistics_rollup", StatisticsRollup.Of(deltas), cancellationToken);
    }

    /// <summary>The facts and dimensions the batch's changes touch, and nothing else.</summary>
    private static async Task<StatisticsLedger> LoadLedgerAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<StatisticsChange> changes, CancellationToken cancellationToken)
    {
        var ledger = new StatisticsLedger();
        var ids = changes.OfType<ApplicationMoved>().Select(c => c.ApplicationId)
            .Concat(changes.OfType<ApplicationOpened>().Select(c => c.ApplicationId)).Distinct().ToArray();
        var bins = changes.OfType<ApplicationOpened>().Select(c => c.Bin)
            .Concat(changes.OfType<SubmissionRefused>().Select(c => c.AddressedBin).OfType<string>()).Distinct(StringComparer.Ordinal).ToArray();

        if (ids.Length > 0)
        {
            await using var command = new NpgsqlCommand("""
                SELECT application_id, version, status, submitted_at, ministry, region, institution_kind, institution_bin,
                       programme_level, academic_year, period_id, month, facets::text
                FROM statistics_applications WHERE application_id = ANY(@ids)
                """, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", ids));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var key = new StatisticsGroup(
                    NullableShort<Ministry>(reader, 4), NullableShort<Region>(reader, 5), NullableShort<InstitutionKind>(reader, 6),
                    reader.IsDBNull(7) ? null : reader.GetString(7), NullableShort<InstitutionKind>(reader, 8),
                    reader.IsDBNull(9) ? null : reader.GetInt32(9), reader.IsDBNull(10) ? null : reader.GetString(10),
                    reader.IsDBNull(11) ? null : reader.GetFieldValue<DateOnly>(11));
                var facets = JsonSerializer.Deserialize<List<JsonElement[]>>(reader.GetString(12))!
                    .Select(pair => ((StatisticsFacet)pair[0].GetInt16(), pair[1].GetString()!)).ToList();
                var id = reader.GetGuid(0);
                ledger.Applications[id] = new ApplicationFacts(
                    id, reader.GetInt32(1), (ApplicationStatus)reader.GetInt16(2), reader.GetFieldValue<DateTimeOffset>(3), key, facets);
            }
        }

        if (bins.Length > 0)
        {
            await using (var command = new NpgsqlCommand(
                "SELECT institution_bin, kinds, region, ministries FROM statistics_institutions WHERE institution_bin = ANY(@bins)", connection, transaction))
            {
                command.Parameters.Add(new NpgsqlParameter<string[]>("bins", bins));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    ledger.Institutions[reader.GetString(0)] = new InstitutionDimension(
                        reader.GetString(0),
                        reader.GetFieldValue<short[]>(1).Select(k => (InstitutionKind)k).ToList(),
                        (Region)reader.GetInt16(2),
                        reader.GetFieldValue<short[]>(3).Select(m => (Ministry)m).ToList());
                }
            }

            await using (var command = new NpgsqlCommand(
                "SELECT institution_bin, period_id, start_date FROM statistics_periods WHERE institution_bin = ANY(@bins)", connection, transaction))
            {
                command.Parameters.Add(new NpgsqlParameter<string[]>("bins", bins));
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    ledger.Periods[(reader.GetString(0), reader.GetString(1))] = reader.GetFieldValue<DateOnly>(2);
                }
            }
        }

        // What the batch loaded counts as known, not changed: only the fold's own changes are written back.
        ledger.ChangedApplications.Clear();
        ledger.ChangedInstitutions.Clear();
        ledger.ChangedPeriods.Clear();
        return ledger;
    }

    private static async Task SaveInstitutionsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, StatisticsLedger ledger, CancellationToken cancellationToken)
    {
        var rows = ledger.ChangedInstitutions.Select(bin => ledger.Institutions[bin]).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand("""
            INSERT INTO statistics_institutions (institution_bin, kinds, region, ministries)
            SELECT r.bin, r.kinds::smallint[], r.region, r.ministries::smallint[]
            FROM unnest(@bins, @kinds, @regions, @ministries) AS r(bin, kinds, region, ministries)
            ON CONFLICT (institution_bin) DO UPDATE SET kinds = excluded.kinds, region = excluded.region, ministries = excluded.ministries
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]>("bins", rows.Select(r => r.Bin).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("kinds", rows.Select(r => ArrayLiteral(r.Kinds.Select(k => (long)k))).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<short[]>("regions", rows.Select(r => (short)r.Region).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("ministries", rows.Select(r => ArrayLiteral(r.Ministries.Select(m => (long)m))).ToArray()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task SavePeriodsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, StatisticsLedger ledger, CancellationToken cancellationToken)
    {
        var rows = ledger.ChangedPeriods.ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand("""
            INSERT INTO statistics_periods (institution_bin, period_id, start_date)
            SELECT * FROM unnest(@bins, @periods, @starts)
            ON CONFLICT (institution_bin, period_id) DO UPDATE SET start_date = excluded.start_date
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string[]>("bins", rows.Select(r => r.Bin).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("periods", rows.Select(r => r.PeriodId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateOnly[]>("starts", rows.Select(r => ledger.Periods[r]).ToArray()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task SaveApplicationsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, StatisticsLedger ledger, CancellationToken cancellationToken)
    {
        var rows = ledger.ChangedApplications.Select(id => ledger.Applications[id]).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand("""
            INSERT INTO statistics_applications
                (application_id, version, status, submitted_at, ministry, region, institution_kind, institution_bin,
                 programme_level, academic_year, period_id, month, facets)
            SELECT r.id, r.version, r.status, r.submitted, r.ministry, r.region, r.kind, r.bin, r.level, r.year, r.period, r.month, r.facets::jsonb
            FROM unnest(@ids, @versions, @statuses, @submitted, @ministries, @regions, @kinds, @bins, @levels, @years, @periods, @months, @facets)
                AS r(id, version, status, submitted, ministry, region, kind, bin, level, year, period, month, facets)
            ON CONFLICT (application_id) DO UPDATE SET version = excluded.version, status = excluded.status
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("ids", rows.Select(r => r.ApplicationId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<int[]>("versions", rows.Select(r => r.Version).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<short[]>("statuses", rows.Select(r => (short)r.Status).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("submitted", rows.Select(r => r.SubmittedAt).ToArray()));
        AddKeyParameters(command, rows.Select(r => r.Key).ToList(), "ministries", "regions", "kinds", "bins", "levels", "years", "periods", "months");
        command.Parameters.Add(new NpgsqlParameter<string[]>("facets", rows.Select(r =>
            JsonSerializer.Serialize(r.Facets.Select(f => new object[] { (short)f.Facet, f.Value }))).ToArray()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Adds the deltas to <paramref name="table"/> (statistics_counters or statistics_rollup: the same columns and key).</summary>
    private static async Task AddCountersAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string table, Dictionary<StatisticsRowKey, StatisticsCounts> deltas, CancellationToken cancellationToken)
    {
        if (deltas.Count == 0)
        {
            return;
        }

        var rows = deltas.ToList();
        var add = string.Join(", ", CountColumns.Split(", ").Select(c => c == "decision_hours"
            ? $"decision_hours = ARRAY(SELECT a + b FROM unnest({table}.decision_hours, excluded.decision_hours) WITH ORDINALITY AS h(a, b, i) ORDER BY i)"
            : $"{c} = {table}.{c} + excluded.{c}"));
        await using var command = new NpgsqlCommand($"""
            INSERT INTO {table} ({KeyColumns}, {CountColumns})
            SELECT r.facet, r.facet_value, r.ministry, r.region, r.kind, r.bin, r.level, r.year, r.period, r.month,
                   r.s0, r.s1, r.s2, r.s3, r.s4, r.s5, r.dr, r.dp, r.dn, r.ur, r.uf, r.credits, r.hours::bigint[], r.refusals
            FROM unnest(@facets, @facetValues, @ministries, @regions, @kinds, @bins, @levels, @years, @periods, @months,
                        @s0, @s1, @s2, @s3, @s4, @s5, @dr, @dp, @dn, @ur, @uf, @credits, @hours, @refusals)
                AS r(facet, facet_value, ministry, region, kind, bin, level, year, period, month,
                     s0, s1, s2, s3, s4, s5, dr, dp, dn, ur, uf, credits, hours, refusals)
            ON CONFLICT ON CONSTRAINT uq_{table} DO UPDATE SET {add}
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<short[]>("facets", rows.Select(r => (short)r.Key.Facet).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("facetValues", rows.Select(r => r.Key.Group.FacetValue ?? string.Empty).ToArray()));
        AddKeyParameters(command, rows.Select(r => r.Key.Group).ToList(), "ministries", "regions", "kinds", "bins", "levels", "years", "periods", "months");
        for (var s = 0; s < StatisticsCounts.StatusCount; s++)
        {
            command.Parameters.Add(new NpgsqlParameter<long[]>($"s{s}", rows.Select(r => r.Value.ApplicationsByStatus[s]).ToArray()));
        }

        command.Parameters.Add(new NpgsqlParameter<long[]>("dr", rows.Select(r => r.Value.DecisionsRecognised).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long[]>("dp", rows.Select(r => r.Value.DecisionsPartlyRecognised).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long[]>("dn", rows.Select(r => r.Value.DecisionsNotRecognised).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long[]>("ur", rows.Select(r => r.Value.UnitsRecognised).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long[]>("uf", rows.Select(r => r.Value.UnitsRefused).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<decimal[]>("credits", rows.Select(r => r.Value.CreditsRecognised).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("hours", rows.Select(r => ArrayLiteral(r.Value.DecisionHours)).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long[]>("refusals", rows.Select(r => r.Value.Refusals).ToArray()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddKeyParameters(NpgsqlCommand command, List<StatisticsGroup> keys, params string[] names)
    {
        command.Parameters.Add(new NpgsqlParameter<short?[]>(names[0], keys.Select(k => (short?)k.Ministry).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<short?[]>(names[1], keys.Select(k => (short?)k.Region).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<short?[]>(names[2], keys.Select(k => (short?)k.InstitutionKind).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string?[]>(names[3], keys.Select(k => k.InstitutionBin).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<short?[]>(names[4], keys.Select(k => (short?)k.ProgrammeLevel).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<int?[]>(names[5], keys.Select(k => k.AcademicYear).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string?[]>(names[6], keys.Select(k => k.AcademicPeriodId).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<DateOnly?[]>(names[7], keys.Select(k => k.Month).ToArray()));
    }

    private static StatisticsRowKey ReadKey(NpgsqlDataReader reader) => new(
        (StatisticsFacet)reader.GetInt16(0),
        new StatisticsGroup(
            NullableShort<Ministry>(reader, 2), NullableShort<Region>(reader, 3), NullableShort<InstitutionKind>(reader, 4),
            reader.IsDBNull(5) ? null : reader.GetString(5), NullableShort<InstitutionKind>(reader, 6),
            reader.IsDBNull(7) ? null : reader.GetInt32(7), reader.IsDBNull(8) ? null : reader.GetString(8),
            reader.IsDBNull(9) ? null : reader.GetFieldValue<DateOnly>(9), reader.GetString(1)));

    /// <summary>The counts in <see cref="CountColumns"/> order from column <paramref name="at"/> on.</summary>
    private static StatisticsCounts ReadCounts(NpgsqlDataReader reader, int at) => new(
        Enumerable.Range(at, StatusColumns.Length).Select(reader.GetInt64).ToArray(),
        reader.GetInt64(at + 6),
        reader.GetInt64(at + 7),
        reader.GetInt64(at + 8),
        reader.GetInt64(at + 9),
        reader.GetInt64(at + 10),
        reader.GetDecimal(at + 11),
        reader.GetFieldValue<long[]>(at + 12),
        reader.GetInt64(at + 13));

    private static StatisticsGroup WithColumn(StatisticsGroup group, string column, NpgsqlDataReader reader, int i) => column switch
    {
        "ministry" => group with { Ministry = NullableShort<Ministry>(reader, i) },
        "region" => group with { Region = NullableShort<Region>(reader, i) },
        "institution_kind" => group with { InstitutionKind = NullableShort<InstitutionKind>(reader, i) },
        "institution_bin" => group with { InstitutionBin = reader.IsDBNull(i) ? null : reader.GetString(i) },
        "programme_level" => group with { ProgrammeLevel = NullableShort<InstitutionKind>(reader, i) },
        "academic_year" => group with { AcademicYear = reader.IsDBNull(i) ? null : reader.GetInt32(i) },
        "period_id" => group with { AcademicPeriodId = reader.IsDBNull(i) ? null : reader.GetString(i) },
        "month" => group with { Month = reader.IsDBNull(i) ? null : reader.GetFieldValue<DateOnly>(i) },
        "facet_value" => group with { FacetValue = reader.GetString(i) },
        _ => throw new InvalidOperationException($"Unknown statistics column {column}."),
    };

    private static string ColumnOf(StatisticsDimension dimension) => dimension switch
    {
        StatisticsDimension.Ministry => "ministry",
        StatisticsDimension.Region => "region",
        StatisticsDimension.InstitutionKind => "institution_kind",
        StatisticsDimension.Institution => "institution_bin",
        StatisticsDimension.ProgrammeLevel => "programme_level",
        StatisticsDimension.AcademicYear => "academic_year",
        StatisticsDimension.AcademicPeriod => "period_id",
        StatisticsDimension.Month => "month",
        StatisticsDimension.FacetValue => "facet_value",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown statistics dimension."),
    };

    private static void AddCondition<T>(List<string> where, NpgsqlCommand command, string column, T? value)
        where T : struct
    {
        if (value is { } known)
        {
            where.Add($"{column} = @{column}");
            command.Parameters.Add(new NpgsqlParameter<T>(column, known));
        }
    }

    private static void AddCondition(List<string> where, NpgsqlCommand command, string column, string? value)
    {
        if (value is not null)
        {
            where.Add($"{column} = @{column}");
            command.Parameters.Add(new NpgsqlParameter<string>(column, value));
        }
    }

    private static T? NullableShort<T>(NpgsqlDataReader reader, int i)
        where T : struct, Enum =>
        reader.IsDBNull(i) ? null : (T)Enum.ToObject(typeof(T), reader.GetInt16(i));

    private static string ArrayLiteral(IEnumerable<long> values)
    {
        var text = new StringBuilder("{");
        text.AppendJoin(',', values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        return text.Append('}').ToString();
    }
}
