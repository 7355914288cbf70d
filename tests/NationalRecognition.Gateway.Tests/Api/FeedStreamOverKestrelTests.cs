using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Tests.Support;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Api;

/// <summary>
/// <c>POST /feed/certificates</c> over real HTTP (Kestrel, a socket written by hand): a body the client breaks — cut
/// short, with broken chunk framing, dripping too slowly, stalled, too long — is the client's error, never
/// <c>INTERNAL</c>, and is logged below Error. Before any answer it is a problem+json 400, 408 or 413; after answers
/// began, a final NDJSON line with the code and <c>answeredThroughLine</c>. Kestrel never has to drain a reader left
/// in the middle of a read.
/// </summary>
public sealed class FeedStreamOverKestrelTests(FeedStreamOverKestrelTests.KestrelFeedFactory factory)
    : IClassFixture<FeedStreamOverKestrelTests.KestrelFeedFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_body_with_broken_chunk_framing_before_any_answer_is_400_problem_json_BODY_INCOMPLETE()
    {
        var logged = await factory.ReadyAsync();
        await using var connection = await OpenStreamAsync("Transfer-Encoding: chunked");

        await connection.SendChunkAsync(Record() + "\n");
        await connection.SendAsync("zz\r\nnot a chunk\r\n");
        var response = await connection.ReadResponseAsync(Patience);

        AssertProblem(response, 400, ErrorCodes.BodyIncomplete, answeredThroughLine: 0);
        AssertToldAsTheClientsError(logged, ErrorCodes.BodyIncomplete);
    }

    [Fact]
    public async Task A_body_cut_short_is_the_clients_error_and_never_INTERNAL()
    {
        var logged = await factory.ReadyAsync();
        await using var connection = await OpenStreamAsync("Content-Length: 60000");

        await connection.SendAsync(Record() + "\n" + Record()[..20]);
        connection.EndSending();
        var response = await connection.ReadResponseAsync(Patience);

        // Kestrel takes the client's FIN as the client gone (the request aborted) and may close the connection before
        // any answer goes out; if one came, it is 400. Either way nothing is logged as a failure of the platform.
        if (response.Status != 0)
        {
            AssertProblem(response, 400, ErrorCodes.BodyIncomplete, answeredThroughLine: 0);
        }

        await Eventually.TrueAsync(() => LoggedSince(logged).Any(e => e.Message.StartsWith("Request finished", StringComparison.Ordinal)),
            "the cut request to finish");
        AssertNeverLoud(LoggedSince(logged));
    }

    [Fact]
    public async Task A_stalled_body_is_408_problem_json_BODY_TOO_SLOW()
    {
        var logged = await factory.ReadyAsync();
        await using var connection = await OpenStreamAsync("Content-Length: 60000");

        await connection.SendAsync(Record()[..40]);
        var response = await connection.ReadResponseAsync(Patience);

        AssertProblem(response, 408, ErrorCodes.BodyTooSlow, answeredThroughLine: 0);
        AssertToldAsTheClientsError(logged, ErrorCodes.BodyTooSlow);
    }

    [Fact]
    public async Task A_body_dripping_slower_than_the_minimum_rate_is_408_problem_json_BODY_TOO_SLOW()
    {
        var logged = await factory.ReadyAsync();
        await using var connection = await OpenStreamAsync("Content-Length: 60000");

        using var answered = new CancellationTokenSource();
        var drip = Task.Run(async () =>
        {
            try
            {
                // Five bytes a second, far below the minimum rate of 240.
                foreach (var character in Record())
                {
                    await connection.SendAsync(character.ToString());
                    await Task.Delay(200, answered.Token);
                }
            }
            catch (Exception exception) when (exception is IOException or OperationCanceledException)
            {
                // The server gave up on the drip and answered: that is the point.
            }
        });
        var response = await connection.ReadResponseAsync(Patience);
        await answered.CancelAsync();
        await drip;

        AssertProblem(response, 408, ErrorCodes.BodyTooSlow, answeredThroughLine: 0);
        AssertToldAsTheClientsError(logged, ErrorCodes.BodyTooSlow);
    }

    [Fact]
    public async Task A_body_longer_than_the_stream_accepts_is_413_problem_json()
    {
        var logged = await factory.ReadyAsync();
        await using var connection = await OpenStreamAsync($"Content-Length: {KestrelFeedFactory.MaxStreamBytes + 1}");

        var response = await connection.ReadResponseAsync(Patience);

        AssertProblem(response, 413, ErrorCodes.PayloadTooLarge, answeredThroughLine: 0);
        AssertToldAsTheClientsError(logged, ErrorCodes.PayloadTooLarge);
    }

    [Fact]
    public async Task A_body_broken_after_answers_began_ends_with_a_BODY_INCOMPLETE_line_saying_what_was_answered()
    {
        var logged = await factory.ReadyAsync();
        await using var connection = await OpenStreamAsync("Transfer-Encoding: chunked");

        // Two records are one batch (the factory's chunk size): their answers start the response.
        await connection.SendChunkAsync(Record() + "\n" + Record() + "\n");
        Assert.True(await connection.ReadUntilAsync("\"line\":2", Patience), $"No answer to line 2 arrived: {connection.Received}");
        await connection.SendAsync("zz\r\n");
        var response = await connection.ReadResponseAsync(Patience);

        Assert.Equal(200, response.Status);
        var lines = response.Lines;
        Assert.Equal(["ACCEPTED", "ACCEPTED"], lines.Take(2).Select(l => (string)l["outcome"]!));
        var error = lines[^1]["error"]!;
        Assert.Equal((ErrorCodes.BodyIncomplete, 2L), ((string)error["code"]!, (long)error["answeredThroughLine"]!));
        AssertToldAsTheClientsError(logged, ErrorCodes.BodyIncomplete);
    }

    [Fact]
    public async Task A_whole_stream_leaves_Kestrel_no_reader_to_drain()
    {
        var logged = await factory.ReadyAsync();
        await using var connection = await OpenStreamAsync("Transfer-Encoding: chunked", "Connection: close");

        await connection.SendChunkAsync(Record() + "\n" + Record() + "\n");
        await connection.SendChunkAsync(Record());
        await connection.SendAsync("0\r\n\r\n");
        var response = await connection.ReadResponseAsync(Patience);

        Assert.Equal(200, response.Status);
        Assert.Equal(3, (int)response.Lines[^1]["summary"]!["accepted"]!);
        Assert.DoesNotContain(LoggedSince(logged), e => e.Level >= LogLevel.Warning);
    }

    [Fact]
    public async Task A_GraphQL_body_with_broken_chunk_framing_is_400_BODY_INCOMPLETE_not_500()
    {
        var logged = await factory.ReadyAsync();
        await using var connection = await RawHttpConnection.OpenAsync(factory.Address);
        await connection.SendHeadAsync("POST", "/graphql", "Content-Type: application/json", "Transfer-Encoding: chunked");

        await connection.SendChunkAsync("{\"query\":\"{ __typename }\"");
        await connection.SendAsync("zz\r\n");
        var response = await connection.ReadResponseAsync(Patience);

        Assert.Equal(400, response.Status);
        Assert.Contains($"\"code\":\"{ErrorCodes.BodyIncomplete}\"", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(LoggedSince(logged), e => e.Level >= LogLevel.Error);
    }

    private static string Record() => System.Text.Json.JsonSerializer.Serialize(ApiWorld.FeedRecord(TestIdentities.NewIin()));

    private async Task<RawHttpConnection> OpenStreamAsync(params string[] headers)
    {
        var connection = await RawHttpConnection.OpenAsync(factory.Address);
        await connection.SendHeadAsync("POST", "/feed/certificates",
            [.. headers, "Content-Type: application/x-ndjson", $"Idempotency-Key: kestrel-{Guid.NewGuid():N}", factory.Feed.AuthorizationHeader]);
        return connection;
    }

    private static void AssertProblem(RawHttpResponse response, int status, string code, long answeredThroughLine)
    {
        Assert.Equal(status, response.Status);
        Assert.StartsWith("application/problem+json", response.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        var problem = System.Text.Json.Nodes.JsonNode.Parse(response.Body)!;
        Assert.Equal((status, code, answeredThroughLine), ((int)problem["status"]!, (string)problem["code"]!, (long)problem["answeredThroughLine"]!));
    }

    /// <summary>Logged once, as information naming the code; nothing at Error or above, and no reader left to drain.</summary>
    private void AssertToldAsTheClientsError(int logged, string code)
    {
        var entries = LoggedSince(logged);
        Assert.Contains(entries, e => e.Level == LogLevel.Information && e.Message.Contains(code, StringComparison.Ordinal));
        AssertNeverLoud(entries);
    }

    /// <summary>Nothing at Error or above, no reader left to drain, no INTERNAL.</summary>
    private static void AssertNeverLoud(List<LeveledLogs.LogEntry> entries)
    {
        Assert.DoesNotContain(entries, e => e.Level >= LogLevel.Error);
        Assert.DoesNotContain(entries, e => e.Message.Contains("Reading is already in progress", StringComparison.Ordinal)
                                            || e.Exception.Contains("Reading is already in progress", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Message.Contains("INTERNAL", StringComparison.Ordinal));
    }

    /// <summary>The gateway's and Kestrel's entries after the first <paramref name="logged"/> (the silo's are its own).</summary>
    private List<LeveledLogs.LogEntry> LoggedSince(int logged) =>
        [.. factory.Logs.Entries.Skip(logged).Where(e => e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)
                                                       || e.Category.StartsWith("NationalRecognition.Gateway", StringComparison.Ordinal))];

    /// <summary>
    /// The gateway on a real Kestrel: batches of two records, one in flight, a small stream limit, and a minimum body rate
    /// whose grace ends after two seconds, so that a stalled or dripping body is caught quickly.
    /// </summary>
    public sealed class KestrelFeedFactory : GatewayFactory
    {
        public const long MaxStreamBytes = 64 * 1024;

        public KestrelFeedFactory()
        {
            UseKestrel(0);
            ProfessionsPublished = new(async () =>
            {
                using var client = CreateClient();
                await ApiWorld.PublishProfessions(client);
            });
        }

        internal LeveledLogs Logs { get; } = new();

        /// <summary>The feed's caller.</summary>
        internal ApiSession Feed => ApiSession.As(CreateClient(), ActorRole.ExchangeFeed);

        /// <summary>The address Kestrel listens on.</summary>
        internal Uri Address
        {
            get
            {
                using var client = CreateClient();
                return client.BaseAddress!;
            }
        }

        private Lazy<Task> ProfessionsPublished { get; }

        /// <summary>Starts the gateway (once) with the year's professions published; returns how many entries are logged so far.</summary>
        internal async Task<int> ReadyAsync()
        {
            await ProfessionsPublished.Value;
            return Logs.Entries.Count;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("urls", "http://127.0.0.1:0");
            builder.UseSetting("CertificateStream:ChunkSize", "2");
            builder.UseSetting("CertificateStream:ChunksInFlight", "1");
            builder.UseSetting("CertificateStream:MaxStreamBytes", MaxStreamBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<ILoggerProvider>(Logs);
                services.Configure<KestrelServerOptions>(kestrel =>
                    kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(2)));
            });
        }
    }
}
