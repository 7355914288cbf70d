using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NationalRecognition.Domain.Exchange;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Importer;

/// <summary>
/// Sends batches to the platform's <c>feedCertificates</c> mutation. A batch is keyed by the file and its place in it, so
/// resending it — after a timeout, an UNAVAILABLE answer, or a restart — gets the answer of the first time. Retries the
/// answers that say "retry" (UNAVAILABLE, TIMEOUT, 408, 429, 5xx with or without a JSON body, no answer in time, a lost
/// connection) with growing pauses, honouring Retry-After; stops at once on what a retry cannot change (another error
/// code, a refused token, another 4xx).
/// </summary>
internal sealed class FeedClient(HttpClient http, TokenSource tokens, int maxAttempts, Action<string> warn, TimeProvider time)
{
    private const string Mutation = """
        mutation Feed($key: String!, $records: [CertificateFeedRecordInput!]!) {
          feedCertificates(idempotencyKey: $key, records: $records) {
            replayed
            results { index outcome number registryKey version code field clause reason }
          }
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<IReadOnlyList<FeedResult>> SendAsync(string key, IReadOnlyList<ExchangeCertificateRecord> records, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query = Mutation, variables = new { key, records } }, Json);
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan? wait;
            string problem;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetAsync(cancellationToken));
                // The platform's rejection reasons come back in the operator's language (LANG), as the report's own do.
                request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(MessageLanguages.Of(CultureInfo.CurrentUICulture)));
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 1 && tokens.CanRenew)
                {
                    tokens.Invalidate();
                    continue;
                }

                if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    throw new ImportFailedException($"The platform refused the token ({(int)response.StatusCode}): authenticate as the certificate feed (role ExchangeFeed).");
                }

                wait = response.Headers.RetryAfter?.Delta;
                var payload = await ReadJsonAsync(response, cancellationToken);
                var errors = payload?["errors"] as JsonArray;
                if (errors is { Count: > 0 })
                {
                    var code = errors[0]?["extensions"]?["code"]?.GetValue<string>() ?? "UNKNOWN";
                    var message = errors[0]?["message"]?.GetValue<string>() ?? "no message";
                    if (code is not ("UNAVAILABLE" or "TIMEOUT" or "INTERNAL"))
                    {
                        throw new ImportFailedException($"The platform refused batch {key}: {code}: {message}");
                    }

                    problem = $"{code}: {message}";
                }
                else if (!response.IsSuccessStatusCode)
                {
                    problem = $"HTTP {(int)response.StatusCode}";
                    if ((int)response.StatusCode is >= 400 and < 500 and not 408 and not 429)
                    {
                        throw new ImportFailedException($"The platform refused batch {key}: {problem}.");
                    }
                }
                else
                {
                    var results = payload?["data"]?["feedCertificates"]?["results"]
                        ?? throw new ImportFailedException($"The platform's answer to batch {key} has no results.");
                    return results.Deserialize<List<FeedResult>>(Json)!;
                }
            }
            catch (HttpRequestException exception)
            {
                problem = exception.Message;
                wait = null;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                problem = "no answer in time";
                wait = null;
            }

            if (attempt >= maxAttempts)
            {
                throw new ImportFailedException($"Batch {key} failed {attempt} times ({problem}). Run the same command again to resume.");
            }

            var pause = wait ?? TimeSpan.FromMilliseconds(Math.Min(30_000, 250 * Math.Pow(2, attempt - 1)));
            warn($"batch {key}: {problem}; retrying in {pause.TotalSeconds:0.#} s (attempt {attempt + 1} of {maxAttempts})");
            await Task.Delay(pause, time, cancellationToken);
        }
    }

    /// <summary>The answer's JSON object, or null when its body is not one (a proxy's 502 or 503 page, an empty body).</summary>
    private static async Task<JsonObject?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
