using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NationalRecognition.FaultTests.Api;
using NationalRecognition.Testing;

namespace NationalRecognition.FaultTests.Workload;

/// <summary>
/// The electronic labour exchange as a feed client: it publishes its in-demand profession for the certificates' year,
/// then sends batches of new certificates (each batch with its own idempotency key, through whichever gateway it is
/// given) and keeps every batch it sent with the answer, for the checks to send again and to look up.
/// </summary>
public sealed class ExchangeFeed
{
    public const string Profession = "2511-0-07";
    private const int IssueYear = 2025;

    private readonly ConcurrentQueue<SentFeedBatch> _sent = new();

    private ExchangeFeed(string token) => Token = token;

    /// <summary>The feed client's token (a batch's key belongs to the client that sent it).</summary>
    public string Token { get; }

    public IReadOnlyList<SentFeedBatch> Sent => [.. _sent];

    /// <summary>Gets the feed client's token and publishes the profession list its certificates refer to.</summary>
    public static async Task<ExchangeFeed> StartAsync(GatewayApi api, IdentityTokens tokens)
    {
        var feed = new ExchangeFeed(await tokens.IssueAsync("exchange-feed", "ExchangeFeed"));
        await Retrying.UntilDataAsync("publishInDemandProfessions", () => api.SendAsync(FaultOperations.PublishInDemandProfessions, new
        {
            year = IssueYear,
            professions = new[] { new { code = Profession, nameKk = "Деректер талдаушысы", nameRu = "Аналитик данных", classifierCodes = new[] { "2511" } } },
        }, feed.Token));
        return feed;
    }

    /// <summary>Sends a batch of <paramref name="size"/> new certificates until it is answered; every record must be accepted.</summary>
    /// <exception cref="InvalidOperationException">The batch, or one of its records, was refused.</exception>
    public async Task<SentFeedBatch> SendAsync(GatewayApi api, string key, int size)
    {
        var records = Enumerable.Range(0, size).Select(i => (object)new
        {
            number = $"ENB-UPGRADE-{key}-{i:D3}",
            learnerIin = TestIdentities.NewIin(),
            learnerName = "Yerlan Bekov",
            professionCode = Profession,
            courseName = "Data analysis with SQL",
            hours = 72,
            grade = "87%",
            issueDate = $"{IssueYear}-06-20",
            trainingProvider = "Astana IT training centre",
        }).ToList();
        var data = await Retrying.UntilDataAsync($"feed batch {key}",
            () => api.SendAsync(FaultOperations.FeedCertificates, new { key, records }, Token));
        var answer = data["feedCertificates"]!.AsObject();
        if ((int)answer["accepted"]! != size)
        {
            throw new InvalidOperationException($"Feed batch {key}: {size} new certificates, not all accepted: {answer.ToJsonString()}");
        }

        var batch = new SentFeedBatch(key, records, answer);
        _sent.Enqueue(batch);
        return batch;
    }
}

/// <summary>A batch the exchange sent: its key, its records as sent, and the platform's answer.</summary>
public sealed record SentFeedBatch(string Key, IReadOnlyList<object> Records, JsonObject Answer)
{
    /// <summary>The registry keys the answer gave the records.</summary>
    public IEnumerable<string> RegistryKeys => Answer["results"]!.AsArray().Select(r => (string)r!["registryKey"]!);
}
