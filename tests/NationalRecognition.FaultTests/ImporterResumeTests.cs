using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NationalRecognition.FaultTests.Api;
using NationalRecognition.FaultTests.Processes;
using NationalRecognition.Testing;
using Npgsql;

namespace NationalRecognition.FaultTests;

/// <summary>
/// The importer against the platform deployed as processes (a silo in PostgreSQL mode, the gateway, the stand-in
/// identity provider): a generated file of certificates, the importer killed with SIGKILL part way, run again from its
/// checkpoint, and the database then holds every certificate exactly once. <c>NR_IMPORT_RECORDS</c> sets the file's
/// size: the issue's 100,000 by default (about two minutes of importing on CI's 2 cores at the rate in
/// docs/benchmarks.md; set a smaller number for a quicker local run).
/// </summary>
public sealed class ImporterResumeTests(ITestOutputHelper output)
{
    private const string Profession = "2511-0-07";
    private static readonly TimeSpan ImportTimeout = TimeSpan.FromMinutes(12);

    private static int Records => int.TryParse(Environment.GetEnvironmentVariable("NR_IMPORT_RECORDS"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 100_000;

    [Fact(Timeout = 1_800_000)]
    public Task Import_killed_part_way_and_resumed_stores_every_certificate_exactly_once() =>
        FaultScenario.RunAsync(output, 1, async (cluster, log, _) =>
        {
            var work = Directory.CreateTempSubdirectory("nr-import-");
            try
            {
                await ImportKilledAndResumedAsync(cluster, log, work.FullName);
            }
            finally
            {
                work.Delete(recursive: true);
            }
        });

    private static async Task ImportKilledAndResumedAsync(FaultCluster cluster, PhaseLog log, string work)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var feedToken = await new IdentityTokens(http, cluster.IdentityAddress).IssueAsync("exchange-feed", "ExchangeFeed");
        await PublishProfessionsAsync(http, cluster.GatewayAddress, feedToken);

        var file = Path.Combine(work, "certificates.ndjson");
        var checkpoint = Path.Combine(work, "certificates.checkpoint.json");
        WriteFile(file, Records);
        log.Info($"{Records:N0} certificates in {file}");
        string[] arguments =
        [
            "import", file, "--gateway", cluster.GatewayAddress.ToString(), "--identity", cluster.IdentityAddress.ToString(),
            "--checkpoint", checkpoint, "--report", Path.Combine(work, "rejected.csv"), "--no-progress",
        ];

        log.Phase("importing, to be killed part way");
        var first = cluster.StartTool("import#1", BuildOutputs.Importer, arguments);
        var killedAt = await WaitForCheckpointAsync(checkpoint, Records / 3, first);
        first.Kill();
        await first.Exited;
        log.Info($"killed the importer (SIGKILL) with the checkpoint at line {killedAt:N0}");

        log.Phase("importing again from the checkpoint");
        var second = cluster.StartTool("import#2", BuildOutputs.Importer, arguments);
        var exitCode = await second.Exited.WaitAsync(ImportTimeout);
        log.Info(second.Tail(12));
        Assert.Equal(0, exitCode);

        log.Phase("checking the database");
        var (states, registered, updated, streams) = await CountAsync(cluster.ConnectionString);
        log.Info($"{states:N0} certificate states, {registered:N0} CertificateRegistered events in {streams:N0} streams, {updated:N0} CertificateUpdated");
        Assert.Equal((Records, Records, Records, 0L), (states, registered, streams, updated));
        var counts = JsonNode.Parse(await File.ReadAllTextAsync(checkpoint))!["counts"]!;
        Assert.Equal((Records, 0L, 0L), ((long)counts["accepted"]!, (long)counts["unchanged"]!, (long)counts["rejected"]!));
    }

    private static void WriteFile(string path, int records)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < records; i++)
        {
            writer.Write(JsonSerializer.Serialize(new
            {
                number = $"ENB-IMPORT-{i:D7}",
                learnerIin = TestIdentities.NewIin(),
                professionCode = Profession,
                courseName = "Data analysis with SQL",
                hours = 72,
                grade = "87%",
                issueDate = "2025-06-20",
                trainingProvider = "Astana IT training centre",
            }));
            writer.Write('\n');
        }
    }

    private static async Task<long> WaitForCheckpointAsync(string checkpoint, long throughLine, ChildProcess importer)
    {
        var deadline = DateTime.UtcNow + ImportTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (importer.HasExited)
            {
                throw new InvalidOperationException($"The importer exited ({importer.Exited.Result}) before the kill.{Environment.NewLine}{importer.Tail()}");
            }

            if (File.Exists(checkpoint))
            {
                try
                {
                    var line = (long)JsonNode.Parse(await File.ReadAllTextAsync(checkpoint))!["throughLine"]!;
                    if (line >= throughLine)
                    {
                        return line;
                    }
                }
                catch (IOException)
                {
                    // Being replaced at this moment: read it again.
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The importer's checkpoint did not reach line {throughLine} in {ImportTimeout}.");
    }

    private static async Task PublishProfessionsAsync(HttpClient http, Uri gateway, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, "/graphql"))
        {
            Content = JsonContent.Create(new
            {
                query = "mutation($p: [InDemandProfessionInput!]!) { publishInDemandProfessions(year: 2025, professions: $p) { version } }",
                variables = new { p = new[] { new { code = Profession, nameKk = "Деректер талдаушысы", nameRu = "Аналитик данных" } } },
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode && !body.Contains("\"errors\"", StringComparison.Ordinal), body);
    }

    private static async Task<(long States, long Registered, long Updated, long Streams)> CountAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT count(*) FROM recognition_state WHERE grain_type = 'certificate'),
                   (SELECT count(*) FROM recognition_events WHERE event_type = 'CertificateRegistered'),
                   (SELECT count(*) FROM recognition_events WHERE event_type = 'CertificateUpdated'),
                   (SELECT count(DISTINCT stream_id) FROM recognition_events WHERE event_type = 'CertificateRegistered')
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
    }
}
