using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NationalRecognition.FaultTests.Api;

/// <summary>Asks the stand-in OpenID Connect provider for access tokens: POST /token {sub, role, bin, iin, ministry}.</summary>
public sealed class IdentityTokens(HttpClient http, Uri issuer)
{
    public async Task<string> IssueAsync(string subject, string role, string? bin = null, string? iin = null)
    {
        using var response = await http.PostAsJsonAsync(new Uri(issuer, "/token"), new { sub = subject, role, bin, iin });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The identity provider refused a {role} token for {subject}: HTTP {(int)response.StatusCode} {body}");
        }

        return (string?)JsonNode.Parse(body)?["access_token"]
            ?? throw new InvalidOperationException($"The identity provider's answer has no access_token: {body}");
    }
}
