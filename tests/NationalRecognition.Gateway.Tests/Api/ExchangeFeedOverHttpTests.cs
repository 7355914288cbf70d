using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Api;

/// <summary>The exchange's feed over HTTP: the batch mutation, the NDJSON stream, and what the Commission then sees.</summary>
public sealed class ExchangeFeedOverHttpTests(WorkflowGatewayFactory factory) : IClassFixture<WorkflowGatewayFactory>
{
    [Fact]
    public async Task Anyone_reads_the_years_list_of_in_demand_professions()
    {
        var client = factory.CreateClient();
        await ApiWorld.PublishProfessions(client);

        var data = await ApiSession.Anonymous(client).Run(Operations.InDemandProfessions, new { year = 2025 });

        Assert.Equal(ApiWorld.DataAnalyst, (string)data["inDemandProfessions"]!["professions"]![0]!["code"]!);
        Assert.Null((await ApiSession.Anonymous(client).Run(Operations.InDemandProfessions, new { year = 2003 }))["inDemandProfessions"]);
    }

    [Fact]
    public async Task A_batch_answers_each_record_and_a_bad_record_does_not_fail_it()
    {
        var client = factory.CreateClient();
        await ApiWorld.PublishProfessions(client);
        var good = ApiWorld.FeedRecord(TestIdentities.NewIin());
        var missingGrade = new { number = "ENB-NO-GRADE-1", learnerIin = TestIdentities.NewIin(), professionCode = ApiWorld.DataAnalyst, courseName = "Data", hours = 10, issueDate = "2025-06-20", trainingProvider = "Centre" };
        var unknownProfession = new
        {
            number = "ENB-UNKNOWN-PROF",
            learnerIin = TestIdentities.NewIin(),
            professionCode = "0000-0-00",
            courseName = "Data",
            hours = 10,
            grade = "pass",
            issueDate = "2025-06-20",
            trainingProvider = "Centre",
        };

        var data = await Feed(client).Run(Operations.FeedCertificates, new { key = Guid.NewGuid().ToString("N"), records = new object[] { good, missingGrade, unknownProfession } });

        var batch = data["feedCertificates"]!;
        Assert.Equal((1, 2), ((int)batch["accepted"]!, (int)batch["rejected"]!));
        var results = batch["results"]!.AsArray();
        Assert.Equal(("ACCEPTED", 1), ((string)results[0]!["outcome"]!, (int)results[0]!["version"]!));
        Assert.Equal(("REJECTED", "grade", "VALIDATION"), ((string)results[1]!["outcome"]!, (string)results[1]!["field"]!, (string)results[1]!["code"]!));
        Assert.Equal(("REJECTED", "10.3", "RULE_VIOLATION"), ((string)results[2]!["outcome"]!, (string)results[2]!["clause"]!, (string)results[2]!["code"]!));
    }

    [Fact]
    public async Task A_retried_batch_with_its_key_answers_as_the_first_time()
    {
        var client = factory.CreateClient();
        await ApiWorld.PublishProfessions(client);
        var variables = new { key = Guid.NewGuid().ToString("N"), records = new[] { ApiWorld.FeedRecord(TestIdentities.NewIin()) } };

        var first = await Feed(client).Run(Operations.FeedCertificates, variables);
        var retried = await Feed(client).Run(Operations.FeedCertificates, variables);

        Assert.Equal("ACCEPTED", (string)retried["feedCertificates"]!["results"]![0]!["outcome"]!);
        Assert.True((bool)retried["feedCertificates"]!["replayed"]!);
        Assert.Equal(first["feedCertificates"]!["results"]!.ToJsonString(), retried["feedCertificates"]!["results"]!.ToJsonString());
    }

    [Fact]
    public async Task A_full_batch_of_1000_records_fits_the_feeds_body_limit()
    {
        var client = factory.CreateClient();
        await ApiWorld.PublishProfessions(client);
        var records = Enumerable.Range(0, 1000).Select(_ => ApiWorld.FeedRecord(TestIdentities.NewIin())).ToArray();

        var data = await Feed(client).Run(Operations.FeedCertificates, new { key = Guid.NewGuid().ToString("N"), records });

        Assert.Equal(1000, (int)data["feedCertificates"]!["accepted"]!);
    }

    [Fact]
    public async Task The_Commission_sees_the_attached_exchange_certificate_as_verified_at_its_source_with_its_version()
    {
        var client = factory.CreateClient();
        await ApiWorld.PublishProfessions(client);
        var world = await ApiWorld.Create(client);
        var iin = TestIdentities.NewIin();
        var fed = await Feed(client).Run(Operations.FeedCertificates, new { key = Guid.NewGuid().ToString("N"), records = new[] { ApiWorld.FeedRecord(iin) } });
        var key = (string)fed["feedCertificates"]!["results"]![0]!["registryKey"]!;
        var submitted = await world.Learner(iin).Run(Operations.SubmitApplication, new
        {
            input = new
            {
                learnerIin = iin,
                learnerName = "Aigerim Sultanova",
                institutionBin = world.Bin,
                programmeCode = "6B06101",
                academicPeriodId = ApiWorld.OpenPeriod,
                unitCodes = new[] { "ML-3301" },
                documents = new[] { new { registryKey = key } },
                addressedTo = ApiWorld.Chair,
                idempotencyKey = "exchange-by-key",
            },
        });

        var seen = await world.ChairSession.Run(Operations.Application, new { id = (string)submitted["submitApplication"]!["id"]! });

        var provenance = seen["application"]!["documentProvenance"]![0]!;
        Assert.Equal((key, true, 1), ((string)provenance["registryKey"]!, (bool)provenance["sourceVerified"]!, (int)provenance["version"]!));
    }

    [Fact]
    public async Task A_hand_typed_exchange_certificate_is_refused_citing_clause_10_3()
    {
        var client = factory.CreateClient();
        var world = await ApiWorld.Create(client);
        var iin = TestIdentities.NewIin();
        var typed = new
        {
            documentKind = "NON_FORMAL_EDUCATION_CERTIFICATE",
            issuerKind = "ELECTRONIC_LABOUR_EXCHANGE",
            issuerName = "Enbek.kz electronic labour exchange",
            number = "ENB-TYPED-0001",
            issueDate = "2025-05-10",
            holderName = "Aigerim Sultanova",
            holderIin = iin,
            inDemandProfession = ApiWorld.DataAnalyst,
            appendix = new[] { new { name = "Machine Learning", credits = 5, hours = 150, grade = new { kind = "PASS_FAIL", passed = true } } },
        };

        var error = await world.Learner(iin).Refused(Operations.SubmitApplication, new { input = world.Application(iin, typed) });

        Assert.Equal(("RULE_VIOLATION", "10.3"), ((string)error["extensions"]!["code"]!, (string)error["extensions"]!["clause"]!));
    }

    [Fact]
    public async Task The_stream_answers_every_line_in_order_with_a_summary_and_refuses_bad_lines_alone()
    {
        var client = factory.CreateClient();
        await ApiWorld.PublishProfessions(client);
        var body = new MemoryStream();
        Line(body, Json(ApiWorld.FeedRecord(TestIdentities.NewIin())));
        Line(body, "{\"number\": \"ENB-BROKEN\", \"learnerIin\": ");
        body.Write(Encoding.Latin1.GetBytes("{\"number\":\"ENB-LATIN\",\"courseName\":\"Caf\u00e9\"}\n"));
        Line(body, "");
        Line(body, Json(ApiWorld.FeedRecord("900101300801")));
        body.Write(Encoding.UTF8.GetBytes(Json(ApiWorld.FeedRecord(TestIdentities.NewIin()))[..30]));

        var (status, lines) = await Stream(client, body.ToArray(), key: null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal([1L, 2, 3, 5, 6], lines.Take(5).Select(l => (long)l["line"]!));
        Assert.Equal(["ACCEPTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED"], lines.Take(5).Select(l => (string)l["outcome"]!));
        Assert.Contains("broken JSON", (string)lines[1]["reason"]!, StringComparison.Ordinal);
        Assert.Contains("UTF-8", (string)lines[2]["reason"]!, StringComparison.Ordinal);
        Assert.Equal("learnerIin", (string)lines[3]["field"]!);
        var summary = lines[^1]["summary"]!;
        Assert.Equal((1, 4), ((int)summary["accepted"]!, (int)summary["rejected"]!));
    }

    [Fact]
    public async Task The_same_stream_sent_again_with_its_key_answers_as_the_first_time()
    {
        var client = factory.CreateClient();
        await ApiWorld.PublishProfessions(client);
        var body = new MemoryStream();
        for (var i = 0; i < 3; i++)
        {
            Line(body, Json(ApiWorld.FeedRecord(TestIdentities.NewIin())));
        }

        var key = Guid.NewGuid().ToString("N");
        var (_, first) = await Stream(client, body.ToArray(), key);
        var (_, again) = await Stream(client, body.ToArray(), key);
        var (_, unkeyed) = await Stream(client, body.ToArray(), key: null);

        Assert.Equal(first.Select(l => l.ToJsonString()), again.Select(l => l.ToJsonString()));
        Assert.All(first.Take(3), l => Assert.Equal("ACCEPTED", (string)l["outcome"]!));
        Assert.All(unkeyed.Take(3), l => Assert.Equal("UNCHANGED", (string)l["outcome"]!));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(ActorRole.Learner, HttpStatusCode.Forbidden)]
    public async Task The_stream_is_the_feeds_alone(ActorRole? role, HttpStatusCode expected)
    {
        var client = factory.CreateClient();
        using var request = StreamRequest("{}\n"u8.ToArray(), null);
        (role is { } r ? ApiSession.As(client, r, iin: TestIdentities.NewIin()) : ApiSession.Anonymous(client)).Authenticate(request);

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_stream_takes_only_NDJSON()
    {
        var client = factory.CreateClient();
        using var request = StreamRequest("{}"u8.ToArray(), null);
        request.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Feed(client).Authenticate(request);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private static ApiSession Feed(HttpClient client) => ApiSession.As(client, ActorRole.ExchangeFeed);

    private static async Task<(HttpStatusCode Status, List<JsonNode> Lines)> Stream(HttpClient client, byte[] body, string? key)
    {
        using var request = StreamRequest(body, key);
        Feed(client).Authenticate(request);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList());
    }

    private static HttpRequestMessage StreamRequest(byte[] body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/feed/certificates") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }

    private static string Json(object value) => System.Text.Json.JsonSerializer.Serialize(value);

    private static void Line(Stream body, string text) => body.Write(Encoding.UTF8.GetBytes(text + "\n"));
}
