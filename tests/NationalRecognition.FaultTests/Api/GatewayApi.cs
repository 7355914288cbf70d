using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NationalRecognition.FaultTests.Api;

/// <summary>
/// Sends GraphQL operations to the gateway process over HTTP with a bearer token and sorts each answer into
/// data, retry or refusal (<see cref="AnswerKind"/>); every answer is noted on the <see cref="AnswerTimeline"/>.
/// </summary>
public sealed class GatewayApi(HttpClient http, Uri gateway, AnswerTimeline timeline)
{
    /// <summary>Error codes that mean the cluster could not answer, so the outcome of a command is unknown.</summary>
    public static IReadOnlySet<string> RetryableCodes { get; } = new HashSet<string>(StringComparer.Ordinal) { "UNAVAILABLE", "TIMEOUT", "INTERNAL" };

    private readonly Uri _endpoint = new(gateway, "/graphql");

    public async Task<GraphQLAnswer> SendAsync(string operation, object variables, string token)
    {
        var answer = await ExchangeAsync(operation, variables, token);
        timeline.Record(answer);
        return answer;
    }

    private async Task<GraphQLAnswer> ExchangeAsync(string operation, object variables, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
        {
            Content = JsonContent.Create(new { query = operation, variables }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (HttpRequestException exception)
        {
            return GraphQLAnswer.Retry(null, $"transport: {exception.Message}");
        }
        catch (TaskCanceledException)
        {
            return GraphQLAnswer.Retry(null, $"no answer within {http.Timeout.TotalSeconds:0} s");
        }

        using (response)
        {
            string body;
            try
            {
                body = await response.Content.ReadAsStringAsync();
            }
            catch (HttpRequestException exception)
            {
                return GraphQLAnswer.Retry(null, $"transport while reading: {exception.Message}");
            }

            JsonObject? json;
            try
            {
                json = JsonNode.Parse(body) as JsonObject;
            }
            catch (JsonException)
            {
                json = null;
            }

            var retryAfter = response.Headers.RetryAfter is not null;
            if ((int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var failedCode = (string?)(json?["errors"] as JsonArray)?.FirstOrDefault()?["extensions"]?["code"];
                return GraphQLAnswer.Retry(failedCode, $"HTTP {(int)response.StatusCode} {failedCode ?? "no code"}") with { RetryAfter = retryAfter };
            }

            if (json is null)
            {
                return GraphQLAnswer.Refusal(null, $"HTTP {(int)response.StatusCode}, not a GraphQL answer: {Shorten(body)}");
            }

            if (json["errors"] is JsonArray { Count: > 0 } errors)
            {
                var code = (string?)errors[0]?["extensions"]?["code"];
                var detail = $"{code ?? "no code"}: {(string?)errors[0]?["message"]}";
                return code is not null && RetryableCodes.Contains(code)
                    ? GraphQLAnswer.Retry(code, detail) with { RetryAfter = retryAfter }
                    : GraphQLAnswer.Refusal(code, detail);
            }

            return response.StatusCode == HttpStatusCode.OK && json["data"] is JsonObject data
                ? GraphQLAnswer.Success(data)
                : GraphQLAnswer.Refusal(null, $"HTTP {(int)response.StatusCode} without data: {Shorten(body)}");
        }
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
