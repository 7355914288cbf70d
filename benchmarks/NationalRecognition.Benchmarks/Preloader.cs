using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace NationalRecognition.Benchmarks;

/// <summary>
/// Fills a Commission's period with submissions through the contender's own API, many at once; each failed
/// submission is retried with the same idempotency key (retry-safe on both contenders). Keeps the ids it got.
/// With a time limit it sends no new submission once the limit has passed (those under way finish).
/// </summary>
public sealed class Preloader(HttpClient client)
{
    private const int Attempts = 4;

    public async Task<PreloadResult> Run(
        string target, string baseUrl, RequestTemplates templates, IReadOnlyList<Learner> learners,
        int count, int concurrency, string keyPrefix, string idsFile, TextWriter log, TimeSpan? timeLimit = null)
    {
        var stopped = 0;
        var ids = new ConcurrentQueue<string>();
        var failed = 0;
        string? firstFailure = null;
        var clock = Stopwatch.StartNew();
        using var progress = new Timer(_ => log.WriteLine($"  … {ids.Count}/{count} in {clock.Elapsed.TotalSeconds:F0} s"), null, 10_000, 10_000);
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, cancellationToken) =>
        {
            if (timeLimit is { } limit && clock.Elapsed >= limit)
            {
                Interlocked.Exchange(ref stopped, 1);
                return;
            }

            var learner = learners[i % learners.Count];
            var key = $"{keyPrefix}-{i}";
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    ids.Enqueue(await SubmitOne(target, baseUrl, templates, learner, key, cancellationToken));
                    return;
                }
                catch (Exception exception) when (exception is HarnessRequestException or HttpRequestException or TaskCanceledException)
                {
                    if (attempt == Attempts)
                    {
                        Interlocked.Increment(ref failed);
                        Interlocked.CompareExchange(ref firstFailure, exception.Message, null);
                        return;
                    }

                    await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt), cancellationToken);
                }
            }
        });
        clock.Stop();
        await File.AppendAllLinesAsync(idsFile, ids);
        return new PreloadResult(count, ids.Count, failed, clock.Elapsed.TotalSeconds, concurrency, firstFailure, stopped == 1);
    }

    private async Task<string> SubmitOne(string target, string baseUrl, RequestTemplates templates, Learner learner, string key, CancellationToken cancellationToken)
    {
        var platform = target == "platform";
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + (platform ? "/graphql" : "/submit"));
        request.Content = new StringContent(
            RequestTemplates.Fill(platform ? templates.PlatformSubmit : templates.ReferenceSubmit, learner.Iin, key), Encoding.UTF8, "application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (platform)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", learner.Token);
        }

        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var json = response.IsSuccessStatusCode && text.StartsWith('{') ? JsonNode.Parse(text) : null;
        var id = platform ? json?["data"]?["submitApplication"]?["id"] : json?["id"];
        return json?["errors"] is null && id is not null
            ? (string)id!
            : throw new HarnessRequestException($"{(int)response.StatusCode}: {(text.Length > 600 ? text[..600] : text)}");
    }
}
