using NationalRecognition.FaultTests.Workload;
using NationalRecognition.Testing;
using Npgsql;

namespace NationalRecognition.FaultTests.Checks;

/// <summary>
/// What the database holds after the restart, checked with SQL against the event-log write path's tables
/// (migration 0004, ADR 0005): the log, the aggregate state rows and the application listing.
/// </summary>
public sealed class EventLogChecks(NpgsqlDataSource database, Verdicts verdicts)
{
    public async Task RunAsync(string institutionBin, IReadOnlyList<(Guid ApplicationId, string LearnerIin)> attempted, IReadOnlyList<AcknowledgedCommand> acknowledged)
    {
        await EveryAcknowledgedCommandIsLoggedOnceAsync(acknowledged);
        await EveryAcknowledgedApplicationHasOneStateRowAsync(acknowledged);
        await NoApplicationExistsTwiceAsync(institutionBin, attempted, acknowledged);
        await ListingRowsShowTheAcknowledgedStateAsync(acknowledged);
        await ProjectionsEqualRecountFromLogAsync();
    }

    /// <summary>
    /// Each acknowledged command is one event of its application's stream, at the version the answer showed, and its
    /// event type occurs once in the stream; stream versions run 1..n without gaps.
    /// </summary>
    public async Task EveryAcknowledgedCommandIsLoggedOnceAsync(IReadOnlyList<AcknowledgedCommand> acknowledged)
    {
        var streams = acknowledged.Select(a => EventLogNames.StreamId(a.ApplicationId)).Distinct().ToArray();
        var events = new List<(string Stream, int Version, string Type)>();
        await using (var command = database.CreateCommand(
            "SELECT stream_id, stream_version, event_type FROM recognition_events WHERE stream_id = ANY($1) AND stream_version IS NOT NULL"))
        {
            command.Parameters.AddWithValue(streams);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                events.Add((reader.GetString(0), reader.GetInt32(1), reader.GetString(2)));
            }
        }

        var byStream = events.ToLookup(e => e.Stream);
        var problems = new List<string>();
        foreach (var command in acknowledged)
        {
            var stream = byStream[EventLogNames.StreamId(command.ApplicationId)].ToList();
            var eventType = EventLogNames.EventType(command.Step);
            var atVersion = stream.Where(e => e.Version == command.Version).Select(e => e.Type).ToList();
            if (atVersion.Count != 1 || atVersion[0] != eventType)
            {
                problems.Add($"{command.ApplicationId}: acknowledged {command.Command} v{command.Version}, the log has [{string.Join(", ", atVersion)}] at that version");
            }

            var times = stream.Count(e => e.Type == eventType);
            if (times != 1)
            {
                problems.Add($"{command.ApplicationId}: {eventType} logged {times} time(s): {string.Join(", ", stream.OrderBy(e => e.Version).Select(e => $"v{e.Version} {e.Type}"))}");
            }
        }

        foreach (var stream in byStream)
        {
            var versions = stream.Select(e => e.Version).Order().ToList();
            if (!versions.SequenceEqual(Enumerable.Range(1, versions.Count)))
            {
                problems.Add($"{stream.Key}: stream versions {string.Join(",", versions)} are not 1..{versions.Count}");
            }
        }

        verdicts.NoProblems("every acknowledged command is in the event log exactly once", problems.Distinct().ToList(),
            $"{acknowledged.Count} commands, {events.Count} events in {streams.Length} streams");
    }

    /// <summary>Each acknowledged application has one state row whose last event version covers what was acknowledged.</summary>
    public async Task EveryAcknowledgedApplicationHasOneStateRowAsync(IReadOnlyList<AcknowledgedCommand> acknowledged)
    {
        var latest = acknowledged.GroupBy(a => EventLogNames.GrainKey(a.ApplicationId)).ToDictionary(g => g.Key, g => g.Max(a => a.Version));
        var rows = new Dictionary<string, (long Count, int LastEventVersion)>();
        await using (var command = database.CreateCommand("""
            SELECT grain_key, count(*), max(last_event_version) FROM recognition_state
            WHERE grain_type = $1 AND grain_key = ANY($2) GROUP BY grain_key
            """))
        {
            command.Parameters.AddWithValue(EventLogNames.ApplicationGrainType);
            command.Parameters.AddWithValue(latest.Keys.ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows[reader.GetString(0)] = (reader.GetInt64(1), reader.GetInt32(2));
            }
        }

        var problems = latest
            .Where(a => !rows.TryGetValue(a.Key, out var row) || row.Count != 1 || row.LastEventVersion < a.Value)
            .Select(a => rows.TryGetValue(a.Key, out var row)
                ? $"{a.Key}: {row.Count} state row(s), last event version {row.LastEventVersion}, acknowledged v{a.Value}"
                : $"{a.Key}: no state row, acknowledged v{a.Value}")
            .ToList();
        verdicts.NoProblems("every acknowledged application has exactly one state row, up to date", problems, $"{latest.Count} applications");
    }

    /// <summary>
    /// No application was submitted twice (one submission event per stream), and the institution's streams and listing
    /// rows are exactly the applications the workers submitted: every acknowledged one, none that no worker began.
    /// </summary>
    public async Task NoApplicationExistsTwiceAsync(
        string institutionBin, IReadOnlyList<(Guid ApplicationId, string LearnerIin)> attempted, IReadOnlyList<AcknowledgedCommand> acknowledged)
    {
        var problems = new List<string>();
        await using (var command = database.CreateCommand("""
            SELECT stream_id, count(*) FROM recognition_events
            WHERE stream_id LIKE $1 || '%' AND event_type = $2
            GROUP BY stream_id HAVING count(*) > 1
            """))
        {
            command.Parameters.AddWithValue(EventLogNames.ApplicationStreamPrefix);
            command.Parameters.AddWithValue(EventLogNames.EventType(WorkflowStep.Submit));
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                problems.Add($"{reader.GetString(0)} submitted {reader.GetInt64(1)} times");
            }
        }

        var began = attempted.Select(a => EventLogNames.StreamId(a.ApplicationId)).ToHashSet();
        var submitted = acknowledged.Where(a => a.Step == WorkflowStep.Submit).Select(a => EventLogNames.StreamId(a.ApplicationId)).ToHashSet();
        var streams = await StringsAsync("SELECT DISTINCT stream_id FROM recognition_events WHERE stream_id LIKE $1 || '%' AND institution_bin = $2",
            EventLogNames.ApplicationStreamPrefix, institutionBin);
        problems.AddRange(streams.Except(began).Select(s => $"{s} is in the log but no worker submitted it"));
        problems.AddRange(submitted.Except(streams).Select(s => $"{s} was acknowledged but has no stream of the institution"));

        var listed = (await StringsAsync("SELECT application_id::text FROM application_listing WHERE institution_bin = $1", institutionBin))
            .Select(id => EventLogNames.StreamId(Guid.Parse(id))).ToList();
        problems.AddRange(listed.Except(began).Select(s => $"{s} is listed but no worker submitted it"));
        problems.AddRange(submitted.Except(listed).Select(s => $"{s} was acknowledged but is not listed"));

        verdicts.NoProblems("no application exists twice in the log or the listing, and none that was not submitted", problems,
            $"{began.Count} applications begun, {submitted.Count} acknowledged, {streams.Count} streams, {listed.Count} listing rows");
    }

    /// <summary>Each acknowledged application's listing row shows at least the acknowledged version and status (awaited).</summary>
    public async Task ListingRowsShowTheAcknowledgedStateAsync(IReadOnlyList<AcknowledgedCommand> acknowledged)
    {
        var latest = acknowledged.GroupBy(a => a.ApplicationId).ToDictionary(g => g.Key, g => g.MaxBy(a => a.Version)!);
        var problems = await Eventually.NoProblemsAsync(async () =>
        {
            var rows = new Dictionary<Guid, (int Version, short Status)>();
            await using var command = database.CreateCommand(
                "SELECT application_id, version, status FROM application_listing WHERE application_id = ANY($1)");
            command.Parameters.AddWithValue(latest.Keys.ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows[reader.GetGuid(0)] = (reader.GetInt32(1), reader.GetInt16(2));
            }

            return latest.Values
                .Where(a => !rows.TryGetValue(a.ApplicationId, out var row) || row.Version < a.Version
                            || ApplicationStatuses.Rank(ApplicationStatuses.FromNumber(row.Status)) < ApplicationStatuses.Rank(a.Status))
                .Select(a => rows.TryGetValue(a.ApplicationId, out var row)
                    ? $"{a.ApplicationId}: listed v{row.Version} {ApplicationStatuses.FromNumber(row.Status)}, acknowledged {a.Command} v{a.Version} {a.Status}"
                    : $"{a.ApplicationId}: no listing row, acknowledged {a.Command} v{a.Version}")
                .ToList();
        });
        verdicts.NoProblems("every acknowledged application's listing row shows the acknowledged state or later", problems,
            $"{latest.Count} applications");
    }

    /// <summary>
    /// The projections equal a recount from the log: for every application stream, the listing row's version is the
    /// stream's latest event version and its status the one that event's payload (the application summary) carries;
    /// no stream without a row, no row without a stream (awaited: the projector catches up after the restart).
    /// </summary>
    public async Task ProjectionsEqualRecountFromLogAsync()
    {
        var compared = 0;
        var problems = await Eventually.NoProblemsAsync(async () =>
        {
            var found = new List<string>();
            compared = 0;
            await using var command = database.CreateCommand("""
                WITH latest AS (
                    SELECT DISTINCT ON (e.stream_id)
                           CAST(substr(e.stream_id, length($1) + 1) AS uuid) AS application_id,
                           e.stream_version,
                           e.payload #>> $2 AS logged_status
                    FROM recognition_events e
                    WHERE e.stream_id LIKE $1 || '%' AND e.stream_version IS NOT NULL
                    ORDER BY e.stream_id, e.stream_version DESC)
                SELECT coalesce(l.application_id, latest.application_id), l.version, l.status, latest.stream_version, latest.logged_status
                FROM application_listing l
                FULL JOIN latest ON latest.application_id = l.application_id
                """);
            command.Parameters.AddWithValue(EventLogNames.ApplicationStreamPrefix);
            command.Parameters.AddWithValue(EventLogNames.PayloadStatusPath.ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var id = reader.GetGuid(0);
                int? listedVersion = reader.IsDBNull(1) ? null : reader.GetInt32(1);
                int? listedStatus = reader.IsDBNull(2) ? null : reader.GetInt16(2);
                int? loggedVersion = reader.IsDBNull(3) ? null : reader.GetInt32(3);
                var loggedStatus = reader.IsDBNull(4) ? null : reader.GetString(4);
                if (listedVersion is null || loggedVersion is null)
                {
                    found.Add(listedVersion is null ? $"{id}: a stream up to v{loggedVersion} but no listing row" : $"{id}: a listing row v{listedVersion} but no stream");
                    continue;
                }

                if (listedVersion != loggedVersion)
                {
                    found.Add($"{id}: listing row v{listedVersion}, latest event v{loggedVersion}");
                }

                if (loggedStatus is not null)
                {
                    compared++;
                    if (!SameStatus(loggedStatus, listedStatus!.Value))
                    {
                        found.Add($"{id}: listing status {ApplicationStatuses.FromNumber(listedStatus.Value)}, latest event's payload '{loggedStatus}'");
                    }
                }
            }

            if (compared == 0)
            {
                found.Add($"no latest event carries a status at {{{string.Join(",", EventLogNames.PayloadStatusPath)}}}: confirm EventLogNames.PayloadStatusPath with the write path");
            }

            return found;
        });
        verdicts.NoProblems("the projections equal a recount from the log (application_listing vs the latest event per stream)", problems,
            $"{compared} statuses compared");
    }

    private static bool SameStatus(string logged, int listed) =>
        logged == listed.ToString(System.Globalization.CultureInfo.InvariantCulture)
        || string.Equals(logged.Replace("_", string.Empty, StringComparison.Ordinal),
            ApplicationStatuses.FromNumber(listed).Replace("_", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

    private async Task<HashSet<string>> StringsAsync(string sql, params object[] parameters)
    {
        await using var command = database.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        var values = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
