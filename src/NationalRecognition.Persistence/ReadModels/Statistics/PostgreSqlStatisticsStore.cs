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
/// rollup answers it. Cell keys (migration 0008): each full row keeps its measures' key sums; a batch reads back the
/// rows it changed (RETURNING) and adds the change of their published figures to the rollup, so published sums read
/// from either table are sums of the same published rows.
/// </summary>
public sealed class PostgreSqlStatisticsStore(NpgsqlDataSource dataSource) : PostgreSqlReadModelStore, IStatisticsQueries
{
    private RecordKeys? _keys;

    private const string KeyColumns =
        "facet, facet_value, ministry, region, institution_kind, institution_bin, programme_level, academic_year, period_id, month";

    private const string CountColumns =
        "submitted, under_review, recognised, partly_recognised, not_recognised, withdrawn, decided_recognised, decided_partly, " +
        "decided_not, units_recognised, units_refused, credits_recognised, decision_hours, refusals";

    private static readonly string[] StatusColumns = ["submitted", "under_review", "recognised", "partly_recognised", "not_recognised", "withdrawn"];

    protected override IReadOnlyList<string> Tables { get; } =
        ["statistics_counters", "statistics_rollup", "statistics_applications", "statistics_institutions", "statistics_periods"];

    public Task<IReadOnlyList<StatisticsCell>> SumAsync(StatisticsQuery query, CancellationToken cancellationToken) =>
        SumAsync(query, published: false, cancellationToken);

    public Task<IReadOnlyList<StatisticsCell>> PublishedSumAsync(StatisticsQuery query, CancellationToken cancellationToken) =>
        SumAsync(query, published: true, cancellationToken);

    private async Task<IReadOnlyList<StatisticsCell>> SumAsync(StatisticsQuery query, bool published, CancellationToken cancellationToken)
    {
        var groupColumns = query.GroupBy.Distinct().Select(ColumnOf).ToList();
        var rollup = StatisticsRollup.Answers(query);
        var sums = published ? PublishedSums(rollup) : ExactSums();
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
        var table = rollup ? "statistics_rollup" : "statistics_counters";
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

    private static string ExactSums()
    {
        var hours = string.Join(", ", Enumerable.Range(1, DecisionTimeBuckets.Count).Select(i => $"sum(decision_hours[{i}])::bigint"));
        return string.Join(", ", CountColumns.Split(", ").Select(c => c switch
        {
            "decision_hours" => $"ARRAY[{hours}]",
            "credits_recognised" => "sum(credits_recognised)",
            _ => $"sum({c})::bigint",
        }));
    }

    /// <summary>
    /// The published sums in <see cref="CountColumns"/> order: in the rollup, the kept sums of the full rows' published
    /// figures; in the full rows, each row's count perturbed by its cell key (<c>statistics_noise</c>), then summed.
    /// </summary>
    private static string PublishedSums(bool rollup)
    {
        string Measure(string column, int measure) => rollup
            ? $"sum(published[{measure + 1}])::bigint"
            : $"sum({column} + statistics_noise({column}, cell_keys[{measure + 1}]))::bigint";

        var hours = string.Join(", ", Enumerable.Range(0, DecisionTimeBuckets.Count).Select(b => Measure($"decision_hours[{b + 1}]", CellKeyMeasures.HoursBucket(b))));
        var credits = rollup
            ? "sum(published_credits)"
            : $"sum(CASE WHEN credits_recognised = 0 THEN 0 ELSE GREATEST(0, credits_recognised + {CellKeyPerturbation.CreditStep} * "
              + $"statistics_noise(decided_recognised + decided_partly, cell_keys[{CellKeyMeasures.Credits + 1}])) END)";
        var measures = StatusColumns.Select((c, s) => Measure(c, CellKeyMeasures.Status(s))).Concat(
        [
            Measure("decided_recognised", CellKeyMeasures.DecisionRecognised), Measure("decided_partly", CellKeyMeasures.DecisionPartlyRecognised),
            Measure("decided_not", CellKeyMeasures.DecisionNotRecognised), Measure("units_recognised", CellKeyMeasures.UnitsRecognised),
            Measure("units_refused", CellKeyMeasures.UnitsRefused), credits, $"ARRAY[{hours}]", Measure("refusals", CellKeyMeasures.Refusals),
        ]);
        return string.Join(", ", measures);
    }

    /// <summary>The record keys, from the secret the migration made (read once).</summary>
    private async Task<RecordKeys> KeysAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        if (_keys is null)
        {
            await using var command = new NpgsqlCommand("SELECT secret FROM statistics_cell_key_secret WHERE id = 1", connection, transaction);
            var secret = await command.ExecuteScalarAsync(cancellationToken) as byte[]
                ?? throw new InvalidOperationException("The statistics' cell-key secret is missing: apply migration 0008 (Silo migrate).");
            _keys = new RecordKeys(new CellKeySecret(secret));
        }

        return _keys;
    }

    public async Task<StatisticsReconciliation> ReconcileAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var projection = new StatisticsProjection();
        // Waits for a running batch, then holds the batches back until the comparison is done.
        var checkpoint = await ProjectionCheckpoints.LockAsync(connection, transaction, projection.Name, skipLocked: false, cancellationToken) ?? LogPosition.Start;

        var recount = new StatisticsLedger(await KeysAsync(connection, transaction, cancellationToken));
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

        var stored = await ReadRowsAsync(connection, transaction, "statistics_counters", "cell_keys", cancellationToken);
        var storedRollup = await ReadRowsAsync(connection, transaction, "statistics_rollup", "published", cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Full rows: counts and cell keys. Rollup: counts, and published figures equal to the sums of the recounted rows' published figures.
        var recounted = recount.TakeRows();
        var rows = StatisticsReconciliation.Compare(events, stored, recounted);
        var rolledCounts = StatisticsRollup.Of(recounted.Select(r => KeyValuePair.Create(r.Key, r.Value.Counts)));
        var rolledPublished = StatisticsRollup.Of(recounted.Select(r => KeyValuePair.Create(r.Key, CellKeyPerturbation.Publish(r.Value.Counts, r.Value.Keys))));
        var recountedRollup = rolledCounts.ToDictionary(r => r.Key, r => new StatisticsRowDelta(r.Value, CellKeyMeasures.Of(rolledPublished[r.Key])));
        var rollup = StatisticsReconciliation.Compare(events, storedRollup, recountedRollup);
        return new StatisticsReconciliation(events, rows.RowsCompared + rollup.RowsCompared, [.. rows.Drifts, .. rollup.Drifts]);
    }

    private static async Task<Dictionary<StatisticsRowKey, StatisticsRowDelta>> ReadRowsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string table, string keysColumn, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<StatisticsRowKey, StatisticsRowDelta>();
        await using var rows = new NpgsqlCommand($"SELECT {KeyColumns}, {CountColumns}, {keysColumn} FROM {table}", connection, transaction);
        await using var reader = await rows.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[ReadKey(reader)] = new StatisticsRowDelta(ReadCounts(reader, 10), reader.GetFieldValue<long[]>(24));
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
        var ledger = await LoadLedgerAsync(connection, transaction, statistics, await KeysAsync(connection, transaction, cancellationToken), cancellationToken);
        foreach (var change in statistics)
        {
            ledger.Apply(change);
        }

        await SaveInstitutionsAsync(connection, transaction, ledger, cancellationToken);
        await SavePeriodsAsync(connection, transaction, ledger, cancellationToken);
        await SaveApplicationsAsync(connection, transaction, ledger, cancellationToken);
        var deltas = ledger.TakeRows();
        var changed = await AddCountersAsync(connection, transaction, "statistics_counters", "cell_keys",
            deltas.ToDictionary(d => d.Key, d => (d.Value.Counts, d.Value.Keys)), cancellationToken);

        // What each changed row now publishes minus what it published before (its counts and keys less the batch's).
        var rollup = new Dictionary<StatisticsRowKey, (StatisticsCounts Counts, StatisticsCounts Published)>();
        foreach (var (key, (now, keys)) in changed)
        {
            var delta = deltas[key];
            var before = now.Add(Negated(delta.Counts));
            var publishedDelta = CellKeyPerturbation.Publish(now, keys).Add(Negated(CellKeyPerturbation.Publish(before, CellKeyMeasures.Add(keys, delta.Keys, -1))));
            var rolled = key with { Group = key.Group.Project(StatisticsRollup.Dimensions) };
            rollup[rolled] = rollup.TryGetValue(rolled, out var sum)
                ? (sum.Counts.Add(delta.Counts), sum.Published.Add(publishedDelta))
                : (delta.Counts, publishedDelta);
        }

        await AddCountersAsync(connection, transaction, "statistics_rollup", "published",
            rollup.ToDictionary(r => r.Key, r => (r.Value.Counts, CellKeyMeasures.Of(r.Value.Published))), cancellationToken,
            rollup.ToDictionary(r => r.Key, r => r.Value.Published.CreditsRecognised));
    }

    private static StatisticsCounts Negated(StatisticsCounts counts) => new(
        counts.ApplicationsByStatus.Select(c => -c).ToArray(), -counts.DecisionsRecognised, -counts.DecisionsPartlyRecognised,
        -counts.DecisionsNotRecognised, -counts.UnitsRecognised, -counts.UnitsRefused, -counts.CreditsRecognised,
        counts.DecisionHours.Select(c => -c).ToArray(), -counts.Refusals);

    /// <summary>The facts and dimensions the batch's changes touch, and nothing else.</summary>
    private static async Task<StatisticsLedger> LoadLedgerAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<StatisticsChange> changes, RecordKeys keys, CancellationToken cancellationToken)
    {
        var ledger = new StatisticsLedger(keys);
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

    /// <summary>
    /// Adds the deltas to <paramref name="table"/> (statistics_counters or statistics_rollup: the same columns and key) and
    /// the array column beside them (<c>cell_keys</c> or <c>published</c>, added element by element; <c>published_credits</c>
    /// with <paramref name="publishedCredits"/>). Returns each changed row as it now stands, with its array.
    /// </summary>
    private static async Task<Dictionary<StatisticsRowKey, (StatisticsCounts Counts, long[] Array)>> AddCountersAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string table, string arrayColumn,
        Dictionary<StatisticsRowKey, (StatisticsCounts Counts, long[] Array)> deltas, CancellationToken cancellationToken, Dictionary<StatisticsRowKey, decimal>? publishedCredits = null)
    {
        var changed = new Dictionary<StatisticsRowKey, (StatisticsCounts, long[])>();
        if (deltas.Count == 0)
        {
            return changed;
        }

        var rows = deltas.ToList();
        var add = string.Join(", ", CountColumns.Split(", ").Append(arrayColumn).Select(c => c is "decision_hours" or "cell_keys" or "published"
            ? $"{c} = ARRAY(SELECT coalesce(a, 0) + coalesce(b, 0) FROM unnest({table}.{c}, excluded.{c}) WITH ORDINALITY AS h(a, b, i) ORDER BY i)"
            : $"{c} = {table}.{c} + excluded.{c}"));
        var credits = publishedCredits is null ? string.Empty : ", published_credits";
        var creditsValue = publishedCredits is null ? string.Empty : ", r.published_credits";
        var creditsParameter = publishedCredits is null ? string.Empty : ", @publishedCredits";
        var creditsName = publishedCredits is null ? string.Empty : ", published_credits";
        var creditsAdd = publishedCredits is null ? string.Empty : $", published_credits = {table}.published_credits + excluded.published_credits";
        await using var command = new NpgsqlCommand($"""
            INSERT INTO {table} ({KeyColumns}, {CountColumns}, {arrayColumn}{credits})
            SELECT r.facet, r.facet_value, r.ministry, r.region, r.kind, r.bin, r.level, r.year, r.period, r.month,
                   r.s0, r.s1, r.s2, r.s3, r.s4, r.s5, r.dr, r.dp, r.dn, r.ur, r.uf, r.credits, r.hours::bigint[], r.refusals, r.extra::bigint[]{creditsValue}
            FROM unnest(@facets, @facetValues, @ministries, @regions, @kinds, @bins, @levels, @years, @periods, @months,
                        @s0, @s1, @s2, @s3, @s4, @s5, @dr, @dp, @dn, @ur, @uf, @credits, @hours, @refusals, @extra{creditsParameter})
                AS r(facet, facet_value, ministry, region, kind, bin, level, year, period, month,
                     s0, s1, s2, s3, s4, s5, dr, dp, dn, ur, uf, credits, hours, refusals, extra{creditsName})
            ON CONFLICT ON CONSTRAINT uq_{table}_keyed DO UPDATE SET {add}{creditsAdd}
            RETURNING {KeyColumns}, {CountColumns}, {arrayColumn}
            """, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<short[]>("facets", rows.Select(r => (short)r.Key.Facet).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("facetValues", rows.Select(r => r.Key.Group.FacetValue ?? string.Empty).ToArray()));
        AddKeyParameters(command, rows.Select(r => r.Key.Group).ToList(), "ministries", "regions", "kinds", "bins", "levels", "years", "periods", "months");
        for (var s = 0; s < StatisticsCounts.StatusCount; s++)
        {
            command.Parameters.Add(new NpgsqlParameter<long[]>($"s{s}", rows.Select(r => r.Value.Counts.ApplicationsByStatus[s]).ToArray()));
        }

        command.Parameters.Add(new NpgsqlParameter<long[]>("dr", rows.Select(r => r.Value.Counts.DecisionsRecognised).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long[]>("dp", rows.Select(r => r.Value.Counts.DecisionsPartlyRecognised).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long[]>("dn", rows.Select(r => r.Value.Counts.DecisionsNotRecognised).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long[]>("ur", rows.Select(r => r.Value.Counts.UnitsRecognised).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long[]>("uf", rows.Select(r => r.Value.Counts.UnitsRefused).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<decimal[]>("credits", rows.Select(r => r.Value.Counts.CreditsRecognised).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("hours", rows.Select(r => ArrayLiteral(r.Value.Counts.DecisionHours)).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<long[]>("refusals", rows.Select(r => r.Value.Counts.Refusals).ToArray()));
        command.Parameters.Add(new NpgsqlParameter<string[]>("extra", rows.Select(r => ArrayLiteral(r.Value.Array)).ToArray()));
        if (publishedCredits is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<decimal[]>("publishedCredits", rows.Select(r => publishedCredits[r.Key]).ToArray()));
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            changed[ReadKey(reader)] = (ReadCounts(reader, 10), reader.GetFieldValue<long[]>(24));
        }

        return changed;
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
