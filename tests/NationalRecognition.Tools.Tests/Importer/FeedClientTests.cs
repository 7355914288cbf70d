using System.Net;
using System.Text.Json.Nodes;
using NationalRecognition.Domain.Exchange;
using NationalRecognition.Importer;

namespace NationalRecognition.Tools.Tests.Importer;

public sealed class FeedClientTests : IDisposable
{
    private const string Key = "0123456789abcdef-2-0";
    private static readonly ExchangeCertificateRecord[] Batch = [new() { Number = "N-1" }, new() { Number = "BAD-2" }];

    private readonly FakePlatform _platform = new();
    private readonly InstantDelays _delays = new();
    private readonly List<string> _warnings = [];
    private readonly HttpClient _http;

    public FeedClientTests() => _http = new HttpClient(_platform) { BaseAddress = new Uri("http://platform.test/") };

    private FeedClient Client(int maxAttempts = 5, string token = "feed-token", HttpClient? identity = null) =>
        new(_http, new TokenSource(identity ?? new HttpClient(), identity is null ? token : null, "exchange-feed"), maxAttempts, _warnings.Add, _delays);

    /// <summary>The first <paramref name="failures"/> requests get <paramref name="failure"/>; then the platform answers.</summary>
    private void FailFirst(int failures, Func<HttpResponseMessage> failure) =>
        _platform.Answer = (n, request, _) => Task.FromResult(n <= failures ? failure() : FakePlatform.Results(request));

    [Fact]
    public async Task Each_record_gets_the_result_the_platform_answered()
    {
        var results = await Client().SendAsync(Key, Batch, CancellationToken.None);

        Assert.Equal([(0, "ACCEPTED", "N-1"), (1, "REJECTED", "BAD-2")], results.Select(r => (r.Index, r.Outcome, r.Number)));
        Assert.Equal(("professionCode", "10.3"), (results[1].Field, results[1].Clause));
    }

    [Fact]
    public async Task The_batch_is_sent_with_its_idempotency_key_and_the_feed_token()
    {
        await Client().SendAsync(Key, Batch, CancellationToken.None);

        var request = Assert.Single(_platform.Requests);
        Assert.Equal((Key, "feed-token"), (request.Key, request.Token));
        Assert.Equal(["N-1", "BAD-2"], request.Numbers);
    }

    [Fact]
    public async Task A_503_is_retried_with_the_same_idempotency_key_and_the_same_records()
    {
        FailFirst(2, () => FakePlatform.Error(HttpStatusCode.ServiceUnavailable, "UNAVAILABLE"));

        var results = await Client().SendAsync(Key, Batch, CancellationToken.None);

        Assert.Equal(2, results.Count);
        Assert.Equal(3, _platform.Requests.Count);
        Assert.Single(_platform.Requests.Select(r => (r.Key, r.Body)).Distinct());
    }

    [Fact]
    public async Task A_503_without_a_JSON_body_is_retried()
    {
        FailFirst(1, () => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StringContent("Service Unavailable") });

        var results = await Client().SendAsync(Key, Batch, CancellationToken.None);

        Assert.Equal(2, results.Count);
        Assert.Equal(2, _platform.Requests.Count);
    }

    [Fact]
    public async Task A_502_with_an_empty_body_is_retried()
    {
        FailFirst(1, () => new HttpResponseMessage(HttpStatusCode.BadGateway));

        await Client().SendAsync(Key, Batch, CancellationToken.None);

        Assert.Equal(2, _platform.Requests.Count);
    }

    [Fact]
    public async Task An_UNAVAILABLE_error_in_an_OK_answer_is_retried()
    {
        FailFirst(1, () => FakePlatform.Error(HttpStatusCode.OK, "UNAVAILABLE"));

        await Client().SendAsync(Key, Batch, CancellationToken.None);

        Assert.Equal(2, _platform.Requests.Count);
    }

    [Fact]
    public async Task A_request_that_times_out_is_retried_with_the_same_idempotency_key()
    {
        _http.Timeout = TimeSpan.FromMilliseconds(100);
        _platform.Answer = async (n, request, cancellationToken) =>
        {
            if (n == 1)
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            return FakePlatform.Results(request);
        };

        var results = await Client().SendAsync(Key, Batch, CancellationToken.None);

        Assert.Equal(2, results.Count);
        Assert.Equal([Key, Key], _platform.Requests.Select(r => r.Key));
        Assert.Contains(_warnings, w => w.Contains("no answer in time", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lost_connection_is_retried()
    {
        _platform.Answer = (n, request, _) => n == 1
            ? throw new HttpRequestException("Connection reset by peer")
            : Task.FromResult(FakePlatform.Results(request));

        await Client().SendAsync(Key, Batch, CancellationToken.None);

        Assert.Equal(2, _platform.Requests.Count);
    }

    [Fact]
    public async Task Pauses_between_attempts_double()
    {
        FailFirst(3, () => FakePlatform.Error(HttpStatusCode.ServiceUnavailable, "UNAVAILABLE"));

        await Client().SendAsync(Key, Batch, CancellationToken.None);

        Assert.Equal([250d, 500d, 1000d], _delays.Delays.Select(d => d.TotalMilliseconds));
    }

    [Fact]
    public async Task A_Retry_After_header_sets_the_pause()
    {
        FailFirst(1, () =>
        {
            var busy = FakePlatform.Error(HttpStatusCode.TooManyRequests, "UNAVAILABLE");
            busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
            return busy;
        });

        await Client().SendAsync(Key, Batch, CancellationToken.None);

        Assert.Equal([TimeSpan.FromSeconds(7)], _delays.Delays);
    }

    [Fact]
    public async Task After_the_last_attempt_the_import_stops_saying_to_run_it_again()
    {
        FailFirst(int.MaxValue, () => FakePlatform.Error(HttpStatusCode.ServiceUnavailable, "UNAVAILABLE", "the cluster is restarting"));

        var stop = await Assert.ThrowsAsync<ImportFailedException>(() => Client(maxAttempts: 3).SendAsync(Key, Batch, CancellationToken.None));

        Assert.Equal(3, _platform.Requests.Count);
        Assert.Contains("the cluster is restarting", stop.Message, StringComparison.Ordinal);
        Assert.Contains("Run the same command again", stop.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_that_retrying_cannot_change_stops_at_once()
    {
        FailFirst(int.MaxValue, () => FakePlatform.Error(HttpStatusCode.OK, "VALIDATION", "records: at most 1000"));

        var stop = await Assert.ThrowsAsync<ImportFailedException>(() => Client().SendAsync(Key, Batch, CancellationToken.None));

        Assert.Single(_platform.Requests);
        Assert.Contains("VALIDATION: records: at most 1000", stop.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_address_stops_at_once()
    {
        FailFirst(int.MaxValue, () => new HttpResponseMessage(HttpStatusCode.NotFound));

        var stop = await Assert.ThrowsAsync<ImportFailedException>(() => Client().SendAsync(Key, Batch, CancellationToken.None));

        Assert.Single(_platform.Requests);
        Assert.Contains("HTTP 404", stop.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forbidden_token_stops_at_once_naming_the_role_needed()
    {
        FailFirst(int.MaxValue, () => new HttpResponseMessage(HttpStatusCode.Forbidden));

        var stop = await Assert.ThrowsAsync<ImportFailedException>(() => Client().SendAsync(Key, Batch, CancellationToken.None));

        Assert.Single(_platform.Requests);
        Assert.Contains("ExchangeFeed", stop.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_401_gets_a_new_token_from_the_identity_provider_once()
    {
        var issued = 0;
        var identity = new HttpClient(new Responder(_ =>
            FakePlatform.Json(HttpStatusCode.OK, new JsonObject { ["access_token"] = $"token-{Interlocked.Increment(ref issued)}" })))
        {
            BaseAddress = new Uri("http://identity.test/"),
        };
        FailFirst(1, () => new HttpResponseMessage(HttpStatusCode.Unauthorized));

        await Client(identity: identity).SendAsync(Key, Batch, CancellationToken.None);

        Assert.Equal(["token-1", "token-2"], _platform.Requests.Select(r => r.Token));
        Assert.Empty(_delays.Delays);
    }

    [Fact]
    public async Task A_cancelled_import_is_not_retried()
    {
        using var cancel = new CancellationTokenSource();
        _platform.Answer = async (_, _, cancellationToken) =>
        {
            await cancel.CancelAsync();
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            throw new InvalidOperationException("unreachable");
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().SendAsync(Key, Batch, cancel.Token));

        Assert.Single(_platform.Requests);
    }

    public void Dispose()
    {
        _http.Dispose();
        _platform.Dispose();
    }

    private sealed class Responder(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(answer(request));
    }
}
