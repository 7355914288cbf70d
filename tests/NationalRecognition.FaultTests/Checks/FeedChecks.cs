using System.Text.Json.Nodes;
using NationalRecognition.FaultTests.Api;
using NationalRecognition.FaultTests.Workload;
using Npgsql;

namespace NationalRecognition.FaultTests.Checks;

/// <summary>What the exchange can read back of the batches it sent, and what the database holds of them.</summary>
public sealed class FeedChecks(ExchangeFeed feed, Verdicts verdicts)
{
    private const string CertificateGrainType = "certificate";

    /// <summary>Each batch sent again with its key and records answers as the first time did: replayed, the same results.</summary>
    public async Task EveryBatchReplaysItsFirstAnswerAsync(GatewayApi api)
    {
        var problems = new List<string>();
        foreach (var batch in feed.Sent)
        {
            var data = await Retrying.UntilDataAsync($"feed batch {batch.Key} again",
                () => api.SendAsync(FaultOperations.FeedCertificates, new { key = batch.Key, records = batch.Records }, feed.Token));
            var again = data["feedCertificates"]!;
            if ((bool?)again["replayed"] != true)
            {
                problems.Add($"{batch.Key}: sent again, not answered as a replay: {again.ToJsonString()}");
            }

            if (!JsonNode.DeepEquals(again["results"], batch.Answer["results"]))
            {
                problems.Add($"{batch.Key}: results {again["results"]!.ToJsonString()}, first answered {batch.Answer["results"]!.ToJsonString()}");
            }
        }

        verdicts.NoProblems("every feed batch sent again answers as the first time (a replay, the same results)", problems,
            $"{feed.Sent.Count} batches");
    }

    /// <summary>Each certificate a batch accepted is in the registry under the key the answer gave it.</summary>
    public async Task EveryAcceptedCertificateIsReadableAsync(GatewayApi api)
    {
        var keys = feed.Sent.SelectMany(b => b.RegistryKeys).ToList();
        var problems = new List<string>();
        foreach (var key in keys)
        {
            var data = await Retrying.UntilDataAsync($"certificate {key}",
                () => api.SendAsync(FaultOperations.Certificate, new { registryKey = key }, feed.Token));
            if ((string?)data["certificate"]?["key"] != key)
            {
                problems.Add($"{key}: reads {data["certificate"]?.ToJsonString() ?? "null"}");
            }
        }

        verdicts.NoProblems("every accepted certificate reads back by its registry key", problems, $"{keys.Count} certificates");
    }

    /// <summary>
    /// The log holds each accepted certificate once (its stream <c>certificate/&lt;registry key&gt;</c>: one registration,
    /// no update, one state row) and each batch once (sending one again appends nothing).
    /// </summary>
    public async Task EveryCertificateAndBatchIsLoggedOnceAsync(NpgsqlDataSource database)
    {
        var keys = feed.Sent.SelectMany(b => b.RegistryKeys).ToArray();
        await using var command = database.CreateCommand("""
            SELECT (SELECT count(*) FROM recognition_events WHERE stream_id = ANY($1) AND event_type = 'CertificateRegistered'),
                   (SELECT count(DISTINCT stream_id) FROM recognition_events WHERE stream_id = ANY($1) AND event_type = 'CertificateRegistered'),
                   (SELECT count(*) FROM recognition_events WHERE stream_id = ANY($1) AND event_type = 'CertificateUpdated'),
                   (SELECT count(*) FROM recognition_state WHERE grain_type = $2 AND grain_key = ANY($3)),
                   (SELECT count(*) FROM recognition_events WHERE event_type = 'CertificateFeedBatchReceived')
            """);
        command.Parameters.AddWithValue(keys.Select(key => $"{CertificateGrainType}/{key}").ToArray());
        command.Parameters.AddWithValue(CertificateGrainType);
        command.Parameters.AddWithValue(keys);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        var found = (Registered: reader.GetInt64(0), Streams: reader.GetInt64(1), Updated: reader.GetInt64(2), States: reader.GetInt64(3), Batches: reader.GetInt64(4));
        verdicts.Check("the log holds every accepted certificate once and every batch once",
            found == (keys.Length, keys.Length, 0, keys.Length, feed.Sent.Count),
            $"{found.Registered} registrations in {found.Streams} streams, {found.Updated} updates, {found.States} state rows, {found.Batches} batch events; " +
            $"sent {keys.Length} certificates in {feed.Sent.Count} batches");
    }
}
