using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Security;
using static NationalRecognition.Gateway.Tests.Support.GraphQLHttp;

namespace NationalRecognition.Gateway.Tests.Support;

/// <summary>Runs GraphQL operations over HTTP as one caller (a local-mode token for a role), as a client would.</summary>
public sealed class ApiSession(HttpClient client, string? token)
{
    public static ApiSession As(HttpClient client, ActorRole role, string? bin = null, string? iin = null)
    {
        var options = new GatewayJwtOptions { LocalSigningKey = Security.SecureHost.TestKey };
        var token = new LocalTokenIssuer(options, TimeProvider.System)
            .Issue($"{role}-{bin ?? iin ?? "platform"}", role, TimeSpan.FromHours(1), bin, iin);
        return new ApiSession(client, token);
    }

    public static ApiSession Anonymous(HttpClient client) => new(client, null);

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

    private async Task<(HttpStatusCode Status, JsonObject Json)> Send(string query, object? variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        request.Content = JsonContent.Create(new { query, variables });
        request.Headers.TryAddWithoutValidation("Accept", GraphQLResponse);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return (response.StatusCode, await ReadJsonAsync(response));
    }
}
