using System.Net;
using System.Text.Json.Nodes;
using NationalRecognition.Gateway.Errors;
using NationalRecognition.Gateway.Tests.Support;
using static NationalRecognition.GraphQLOverHttp.Tests.Support.GraphQLHttp;

namespace NationalRecognition.Gateway.Tests;

/// <summary>
/// A grain call that fails because the cluster or its storage is unavailable answers UNAVAILABLE with a message to
/// retry, Retry-After, 503 when nothing else came back, and a log line under the trace id the client is given.
/// </summary>
public sealed class UnavailableOverHttpTests(FailureGatewayFactory factory) : IClassFixture<FailureGatewayFactory>
{
    [Theory]
    [InlineData(FailingGrains.SiloGone, UnavailableErrorClassifier.UnavailableMessage)]
    [InlineData(FailingGrains.Slow, UnavailableErrorClassifier.TimedOutMessage)]
    [InlineData(FailingGrains.StorageDown, UnavailableErrorClassifier.UnavailableMessage)]
    public async Task A_failed_grain_call_without_data_is_503_with_retry_after_and_UNAVAILABLE(string bin, string message)
    {
        var (response, traceId) = await SendAsync($$"""{ institutionRegistered(bin: "{{bin}}") }""");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        var body = await ReadJsonAsync(response);
        Assert.Null(body["data"]);
        var error = body["errors"]!.AsArray().Single()!;
        Assert.Equal(ErrorCodes.Unavailable, (string)error["extensions"]!["code"]!);
        Assert.Equal(message, (string)error["message"]!);
        Assert.Contains("Retry", message, StringComparison.Ordinal);
        Assert.Equal(traceId, (string)error["extensions"]!["traceId"]!);
    }

    [Fact]
    public async Task An_unavailable_silo_is_logged_with_the_exception_and_the_trace_id()
    {
        var (_, traceId) = await SendAsync($$"""{ institutionRegistered(bin: "{{FailingGrains.SiloGone}}") }""");

        var line = Assert.Single(FailureLines(traceId));
        Assert.Contains("UNAVAILABLE", line, StringComparison.Ordinal);
        Assert.Contains("institutionRegistered", line, StringComparison.Ordinal);
        Assert.Contains(typeof(SiloUnavailableException).FullName!, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_storage_outage_is_logged_with_its_cause()
    {
        var (_, traceId) = await SendAsync($$"""{ institutionRegistered(bin: "{{FailingGrains.StorageDown}}") }""");

        // The silo's filter turned the Npgsql failure into StorageUnavailableException, naming the original.
        var line = Assert.Single(FailureLines(traceId));
        Assert.Contains("UNAVAILABLE", line, StringComparison.Ordinal);
        Assert.Contains("StorageUnavailableException", line, StringComparison.Ordinal);
        Assert.Contains("Npgsql.NpgsqlException: Failed to connect", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_field_beside_data_is_200_but_still_says_retry()
    {
        var (response, _) = await SendAsync($$"""{ institution(bin: "{{FailingGrains.SiloGone}}") { bin } echo(number: 7) }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(2), response.Headers.RetryAfter?.Delta);
        var body = await ReadJsonAsync(response);
        Assert.Equal("7", (string)body["data"]!["echo"]!);
        Assert.Equal([ErrorCodes.Unavailable], body["errors"]!.AsArray().Select(e => (string)e!["extensions"]!["code"]!));
    }

    [Fact]
    public async Task Without_data_a_legacy_json_client_gets_503_too()
    {
        var (response, _) = await SendAsync($$"""{ institutionRegistered(bin: "{{FailingGrains.SiloGone}}") }""", Json);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal(["UNAVAILABLE"], await ErrorCodesAsync(response));
    }

    [Fact]
    public async Task A_healthy_grain_call_has_no_retry_after()
    {
        var (response, traceId) = await SendAsync("""{ institutionRegistered(bin: "990340000048") }""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
        Assert.Equal("no", (string)(await ReadJsonAsync(response))["data"]!["institutionRegistered"]!);
        Assert.Empty(FailureLines(traceId));
    }

    [Fact]
    public async Task Every_INTERNAL_error_is_logged_with_its_exception_and_trace_id_which_the_client_also_gets()
    {
        var (response, traceId) = await SendAsync("{ internalFailure }");

        var error = (await ReadJsonAsync(response))["errors"]!.AsArray().Single()!;
        Assert.Equal(ErrorCodes.Internal, (string)error["extensions"]!["code"]!);
        Assert.Equal(traceId, (string)error["extensions"]!["traceId"]!);
        Assert.Null(response.Headers.RetryAfter);
        var line = Assert.Single(FailureLines(traceId));
        Assert.Contains("INTERNAL", line, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: connection string", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rule_errors_are_neither_logged_as_failures_nor_given_a_trace_id()
    {
        var (response, traceId) = await SendAsync("{ domainFailure }");

        var error = (await ReadJsonAsync(response))["errors"]!.AsArray().Single()!;
        Assert.Equal("NOT_FOUND", (string)error["extensions"]!["code"]!);
        Assert.Null(error["extensions"]!["traceId"]);
        Assert.Empty(FailureLines(traceId));
    }

    /// <summary>The gateway's failure log lines of one request (every line of a request carries its trace id in a scope).</summary>
    private IEnumerable<string> FailureLines(string traceId) => factory.Logs.Lines.Where(line =>
        line.StartsWith("GraphQL error", StringComparison.Ordinal) && line.Contains(traceId, StringComparison.Ordinal));

    /// <summary>Sends the query under a W3C trace id of its own, so that its log lines can be told apart.</summary>
    private async Task<(HttpResponseMessage Response, string TraceId)> SendAsync(string query, string accept = GraphQLResponse)
    {
        var traceId = System.Diagnostics.ActivityTraceId.CreateRandom().ToHexString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Content = System.Net.Http.Json.JsonContent.Create(new JsonObject { ["query"] = query });
        request.Headers.TryAddWithoutValidation("Accept", accept);
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");
        return (await factory.CreateClient().SendAsync(request), traceId);
    }
}
