using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NationalRecognition.GraphQLOverHttp.Tests.Support;

/// <summary>
/// Small helpers to send GraphQL-over-HTTP requests to <c>/graphql</c> and read the answers; the gateway's tests compile
/// this file too (a link in their project file), so that both speak to the endpoint the same way.
/// </summary>
public static class GraphQLHttp
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body,
        string? accept = GraphQLResponse, string contentType = Json)
    {
        var text = body as string ?? JsonSerializer.Serialize(body);
        return await PostRawAsync(client, text, accept, contentType);
    }

    public static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string body,
        string? accept = GraphQLResponse, string contentType = Json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Content = new StringContent(body, Encoding.UTF8);
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await client.SendAsync(request);
    }

    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string pathAndQuery,
        string? accept = GraphQLResponse)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>The <c>extensions.code</c> of every error, in order.</summary>
    public static async Task<string[]> ErrorCodesAsync(HttpResponseMessage response)
    {
        var json = await ReadJsonAsync(response);
        return json["errors"]!.AsArray().Select(error => (string)error!["extensions"]!["code"]!).ToArray();
    }
}
