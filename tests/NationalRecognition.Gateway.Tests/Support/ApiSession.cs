using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Security;
using static NationalRecognition.GraphQLOverHttp.Tests.Support.GraphQLHttp;

namespace NationalRecognition.Gateway.Tests.Support;

/// <summary>
/// Runs GraphQL operations over HTTP as one caller (a local-mode token for a role, or a person's token with the role they
/// act in named in the Acting-As header), as a client would.
/// </summary>
public sealed class ApiSession(HttpClient client, string? token, string? actingAs = null)
{
    public static ApiSession As(HttpClient client, ActorRole role, string? bin = null, string? iin = null, string? ministry = null)
    {
        var options = new GatewayJwtOptions { LocalSigningKey = Security.SecureHost.TestKey };
        var token = new LocalTokenIssuer(options, TimeProvider.System)
            .Issue(SubjectOf(role, bin ?? iin ?? ministry), role, TimeSpan.FromHours(1), bin, iin, ministry);
        return new ApiSession(client, token);
    }

    /// <summary>The subject of the token <see cref="As"/> issues.</summary>
    public static string SubjectOf(ActorRole role, string? scope) => $"{role}-{scope ?? "platform"}";

    public static ApiSession Anonymous(HttpClient client) => new(client, null);

    /// <summary>The caller's Authorization header, for a request written by hand (<see cref="RawHttpConnection"/>).</summary>
    public string AuthorizationHeader => $"Authorization: Bearer {token}";

    /// <summary>The <c>Accept-Language</c> this caller sends; none when null.</summary>
    public string? Language { get; init; }

    /// <summary>The same caller asking for answers in <paramref name="language"/> (an <c>Accept-Language</c> value).</summary>
    public ApiSession InLanguage(string? language) => new(client, token) { Language = language };

    /// <summary>Puts this caller's token on a request of its own (the NDJSON stream, say).</summary>
    public void Authenticate(HttpRequestMessage request)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    /// <summary>Runs an operation that must succeed; returns its data.</summary>
    public async Task<JsonObject> Run(string query, object? variables = null)
    {
        var (status, json) = await Send(query, variables);
        Assert.True(json["errors"] is null, $"Unexpected errors: {json["errors"]}");
        Assert.Equal(HttpStatusCode.OK, status);
        return json["data"]!.AsObject();
    }

    /// <summary>Runs an operation that must fail; returns its first error.</summary>
    public async Task<JsonObject> Refused(string query, object? variables = null)
    {
        var (_, json) = await Send(query, variables);
        Assert.True(json["errors"] is JsonArray { Count: > 0 }, $"Expected an error, got {json}");
        return json["errors"]![0]!.AsObject();
    }

    /// <summary>Runs an operation whatever its outcome; returns the status and the raw body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendRaw(string query, object? variables = null)
    {
        using var response = await Post(query, variables);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A GET of another endpoint of the gateway as this caller: status, content type and body.</summary>
    public async Task<(HttpStatusCode Status, string? ContentType, string Body)> Get(string pathAndQuery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpStatusCode Status, JsonObject Json)> Send(string query, object? variables)
    {
        using var response = await Post(query, variables);
        return (response.StatusCode, await ReadJsonAsync(response));
    }

    private async Task<HttpResponseMessage> Post(string query, object? variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Content = JsonContent.Create(new { query, variables });
        request.Headers.TryAddWithoutValidation("Accept", GraphQLResponse);
        if (actingAs is not null)
        {
            request.Headers.Add(global::NationalRecognition.Gateway.People.ActingRoles.HeaderName, actingAs);
        }

        if (Language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", Language);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }
}
