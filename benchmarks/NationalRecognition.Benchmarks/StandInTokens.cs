using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NationalRecognition.Benchmarks;

/// <summary>Tokens from the stand-in identity provider (tools/NationalRecognition.StandInIdentity), POST /token.</summary>
public sealed class StandInTokens(HttpClient client, string tokenUrl)
{
    public async Task<string> Issue(string subject, string role, string? bin = null, string? iin = null, int lifetimeMinutes = 240)
    {
        using var response = await client.PostAsJsonAsync(tokenUrl, new { sub = subject, role, bin, iin, lifetimeMinutes });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (string?)body?["access_token"] ?? throw new InvalidOperationException("The stand-in answered no access_token.");
    }
}
