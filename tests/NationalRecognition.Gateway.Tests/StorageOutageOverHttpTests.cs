using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Tests.Api;
using NationalRecognition.Gateway.Tests.Observability;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.GraphQLOverHttp.Tests.Support;
using NationalRecognition.Persistence;
using NationalRecognition.Testing;
using Npgsql;

namespace NationalRecognition.Gateway.Tests;

/// <summary>
/// The storage-outage answer for real: the gateway in PostgreSQL mode with its co-hosted silo, the database taken away
/// between them (a <see cref="DatabaseOutageProxy"/>), a command whose write fails on PostgreSQL's write path. The
/// caller gets 503, UNAVAILABLE and Retry-After; the log names the Npgsql failure; the retry after the outage applies
/// the command once.
/// </summary>
public sealed class StorageOutageOverHttpTests : ThrowAwayDatabases
{
    [Fact]
    public async Task A_command_while_PostgreSQL_is_unreachable_is_503_UNAVAILABLE_with_Retry_After_and_its_retry_applies_it_once()
    {
        var database = await NewDatabaseAsync("outage");
        await new SchemaMigrator(database).MigrateAsync(CancellationToken.None);
        var direct = new NpgsqlConnectionStringBuilder(database);
        await using var outage = new DatabaseOutageProxy(direct.Host!, direct.Port);
        var proxied = new NpgsqlConnectionStringBuilder(database) { Host = "127.0.0.1", Port = outage.Port };
        await using var factory = new TelemetryGatewayFactory(proxied.ConnectionString);
        using var client = factory.CreateClient();
        var world = await ApiWorld.Create(client);
        var iin = TestIdentities.NewIin();
        var submitted = await world.Learner(iin).Run(Operations.SubmitApplication, new { input = world.Application(iin, ApiWorld.Coursera(iin, $"C-{Guid.NewGuid():N}")) });
        var id = (string)submitted["submitApplication"]!["id"]!;

        outage.Cut();
        using var refused = await StartReviewAsync(client, world.ChairSession, id);
        var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        outage.Restore();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), refused.Headers.RetryAfter?.Delta);
        var error = body["errors"]!.AsArray().Single()!;
        Assert.Equal((ErrorCodes.Unavailable, UnavailableErrorClassifier.UnavailableMessage), ((string)error["extensions"]!["code"]!, (string)error["message"]!));
        var traceId = (string)error["extensions"]!["traceId"]!;
        // The gateway's failure line under the trace id the client got, and the silo's line naming the Npgsql failure.
        var lines = factory.Captured.LogLines.ToList();
        var failures = string.Join("\n", lines.Where(l => l.Contains("Unavailable", StringComparison.OrdinalIgnoreCase) || l.Contains("Npgsql", StringComparison.Ordinal))
            .Select(l => l.Length > 400 ? l[..400] : l).Take(10));
        Assert.True(lines.Any(l => l.Contains(traceId, StringComparison.Ordinal) && l.Contains(ErrorCodes.Unavailable, StringComparison.Ordinal)),
            $"No UNAVAILABLE line under trace {traceId}; lines about the outage:\n{failures}");
        Assert.True(lines.Any(l => l.Contains("Npgsql.NpgsqlException", StringComparison.Ordinal)), $"No line names the Npgsql failure:\n{failures}");
        Assert.Equal(0, await ReviewsStartedAsync(database, id));

        // As a client does on UNAVAILABLE: ask again until answered (connections broken by the outage fail first).
        await Eventually.TrueAsync(async () =>
        {
            using var retried = await StartReviewAsync(client, world.ChairSession, id);
            return JsonNode.Parse(await retried.Content.ReadAsStringAsync())!["data"]?["startReview"]?["status"]?.GetValue<string>() == "UNDER_REVIEW";
        }, "the retried review to be answered");
        Assert.Equal(1, await ReviewsStartedAsync(database, id));
    }

    private static async Task<HttpResponseMessage> StartReviewAsync(HttpClient client, ApiSession chair, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = Operations.StartReview, variables = new { id } }),
        };
        request.Headers.TryAddWithoutValidation("Accept", GraphQLHttp.GraphQLResponse);
        chair.Authenticate(request);
        return await client.SendAsync(request);
    }

    /// <summary>ApplicationReviewStarted events of the application, read straight from the database.</summary>
    private static async Task<long> ReviewsStartedAsync(string database, string applicationId)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM recognition_events WHERE stream_id = @stream AND event_type = 'ApplicationReviewStarted'", connection);
        count.Parameters.AddWithValue("stream", $"application/{Guid.Parse(applicationId):N}");
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
