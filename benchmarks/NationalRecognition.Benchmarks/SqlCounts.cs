using System.Text.Json.Serialization;

namespace NationalRecognition.Benchmarks;

/// <summary>
/// PostgreSQL's own counts over a counted batch of submissions, every one answered, and the settle time after it
/// (benchmarks/run.sh), in the contender's database, deferred and background work (reminders, membership) included: statements executed (pg_stat_statements calls, BEGIN/COMMIT
/// included), Npgsql's pooled-connection resets (DISCARD ALL, sent with the next command, counted apart) and
/// transactions committed (pg_stat_database.xact_commit less the resets, each of which is a transaction of its own).
/// </summary>
public sealed record SqlCounts(
    [property: JsonPropertyName("submissions")] long Submissions,
    [property: JsonPropertyName("statements")] long Statements,
    [property: JsonPropertyName("resets")] long Resets,
    [property: JsonPropertyName("transactions")] long Transactions);
