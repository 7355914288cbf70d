using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace NationalRecognition.Benchmarks;

/// <summary>POSTs GraphQL operations to the platform's gateway and returns the data, or throws with the errors.</summary>
public sealed class GraphQLClient(HttpClient client, string url)
{
    public async Task<JsonObject> Run(string body, string token, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var json = text.Length > 0 && text[0] == '{' ? JsonNode.Parse(text)?.AsObject() : null;
        if (!response.IsSuccessStatusCode || json is null || json["errors"] is not null || json["data"] is not JsonObject data)
        {
            throw new HarnessRequestException($"{(int)response.StatusCode}: {Shorten(text)}");
        }

        return data;
    }

    public static string Body(string query, JsonNode? variables) =>
        new JsonObject { ["query"] = query, ["variables"] = variables?.DeepClone() }.ToJsonString();

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
