using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace NationalRecognition.Tools.Tests.Importer;

/// <summary>
/// The gateway's <c>feedCertificates</c> as an <see cref="HttpMessageHandler"/>: each request is kept (key, records,
/// bearer token) and answered by <see cref="Answer"/>, by default every record ACCEPTED, or REJECTED when its number
/// starts with "BAD". No network.
/// </summary>
internal sealed class FakePlatform : HttpMessageHandler
{
    private readonly Lock _gate = new();
    private readonly List<FeedRequest> _requests = [];

    /// <summary>The answer to the n-th request (from 1); by default the platform's answer with every record's result.</summary>
    public Func<int, FeedRequest, CancellationToken, Task<HttpResponseMessage>> Answer { get; set; } = (_, request, _) => Task.FromResult(Results(request));

    public IReadOnlyList<FeedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public static HttpResponseMessage Results(FeedRequest request)
    {
        var results = new JsonArray();
        foreach (var (record, index) in request.Numbers.Select((n, i) => (n, i)))
        {
            var rejected = record?.StartsWith("BAD", StringComparison.Ordinal) == true;
            results.Add(new JsonObject
            {
                ["index"] = index,
                ["outcome"] = rejected ? "REJECTED" : "ACCEPTED",
                ["number"] = record,
                ["code"] = rejected ? "VALIDATION" : null,
                ["field"] = rejected ? "professionCode" : null,
                ["clause"] = rejected ? "10.3" : null,
                ["reason"] = rejected ? "The profession is not on the year's list." : null,
            });
        }

        return Json(HttpStatusCode.OK, new JsonObject { ["data"] = new JsonObject { ["feedCertificates"] = new JsonObject { ["replayed"] = false, ["results"] = results } } });
    }

    public static HttpResponseMessage Error(HttpStatusCode status, string code, string message = "try again") =>
        Json(status, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["message"] = message, ["extensions"] = new JsonObject { ["code"] = code } }) });

    public static HttpResponseMessage Json(HttpStatusCode status, JsonNode body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        var variables = JsonNode.Parse(body)!["variables"]!;
        var feed = new FeedRequest(
            variables["key"]!.GetValue<string>(),
            variables["records"]!.AsArray().Select(r => r?["number"]?.GetValue<string>()).ToList(),
            request.Headers.Authorization?.Parameter,
            body);
        int attempt;
        lock (_gate)
        {
            _requests.Add(feed);
            attempt = _requests.Count;
        }

        return await Answer(attempt, feed, cancellationToken);
    }
}

/// <summary>One request the fake platform received.</summary>
internal sealed record FeedRequest(string Key, IReadOnlyList<string?> Numbers, string? Token, string Body);
