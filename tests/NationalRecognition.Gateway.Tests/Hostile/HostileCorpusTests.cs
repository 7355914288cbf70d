using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;

namespace NationalRecognition.Gateway.Tests.Hostile;

/// <summary>
/// Every request of <see cref="HostileCorpus"/> is refused with its status and code, never INTERNAL, and stores
/// nothing (a refused command leaves only the audit of its refusal). The amplification cases are also answered
/// briefly (under 1 MB) and without running the document: their codes say the guard refused them before execution,
/// and the time bound only tells "refused" from "executed" (documents built to cost minutes).
/// </summary>
public sealed class HostileCorpusTests(HostileFixture fixture) : IClassFixture<HostileFixture>
{
    /// <summary>
    /// A refusal before execution costs microseconds and an executed amplification document minutes: ten seconds
    /// tells the two apart on a machine whose cores are busy with other work, and decides nothing about speed (how
    /// fast a refusal is belongs to a benchmark, not to this test).
    /// </summary>
    private static readonly TimeSpan AmplificationBound = TimeSpan.FromSeconds(10);

    private const int AmplificationMaxBytes = 1024 * 1024;

    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var name in HostileCorpus.All.Keys.Order(StringComparer.Ordinal))
        {
            names.Add(name);
        }

        return names;
    }

    [Fact]
    public void Corpus_has_at_least_five_hundred_cases() => Assert.True(HostileCorpus.All.Count >= 500, $"only {HostileCorpus.All.Count} cases");

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Hostile_request_is_refused_with_its_code_and_stores_nothing(string name)
    {
        var hostile = HostileCorpus.All[name];
        await fixture.NewEventsAsync();

        var (status, body, elapsed) = await SendAsync(hostile);

        var codes = Codes(body);
        Assert.True(hostile.Status == status, $"{name}: expected {(int)hostile.Status}, got {(int)status}: {Shorten(body)}");
        Assert.True(codes.Length > 0, $"{name}: no error in {Shorten(body)}");
        Assert.True(codes.All(code => code == hostile.Code), $"{name}: expected {hostile.Code}, got {string.Join(", ", codes)}: {Shorten(body)}");
        var stored = await fixture.NewEventsAsync();
        Assert.True(stored.All(type => type == "CommandRefused"), $"{name}: stored {string.Join(", ", stored)}");
        if (hostile.Amplification)
        {
            Assert.True(elapsed < AmplificationBound, $"{name}: answered after {elapsed.TotalMilliseconds:0} ms");
            Assert.True(body.Length < AmplificationMaxBytes, $"{name}: answer of {body.Length} bytes");
        }
    }

    private async Task<(HttpStatusCode Status, string Body, TimeSpan Elapsed)> SendAsync(HostileCase hostile)
    {
        using var request = hostile.Request(fixture);
        var started = Stopwatch.GetTimestamp();
        using var response = await fixture.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body, Stopwatch.GetElapsedTime(started));
    }

    private static string[] Codes(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["errors"] is JsonArray errors
                ? [.. errors.Select(error => (string?)error?["extensions"]?["code"] ?? "(none)")]
                : [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }

    private static string Shorten(string body) => body.Length <= 600 ? body : body[..600] + "…";
}
