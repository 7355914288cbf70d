using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace NationalRecognition.Importer;

/// <summary>
/// The feed's bearer token: given (--token, RECOGNITION_TOKEN), or asked of the identity provider's token endpoint for
/// the feed's subject with role ExchangeFeed (the stand-in provider of tests and benchmarks; renewed once on a 401).
/// </summary>
internal sealed class TokenSource(HttpClient identity, string? given, string subject)
{
    private readonly string? _given = given;
    private string? _token = given;

    public bool CanRenew => _given is null;

    public async Task<string> GetAsync(CancellationToken cancellationToken)
    {
        if (_token is { } token)
        {
            return token;
        }

        using var response = await identity.PostAsJsonAsync("token", new { sub = subject, role = "ExchangeFeed", lifetimeMinutes = 720 }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ImportFailedException($"The identity provider refused a token for '{subject}' (HTTP {(int)response.StatusCode}).");
        }

        var answer = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        _token = answer?["access_token"]?.GetValue<string>()
            ?? throw new ImportFailedException("The identity provider's answer has no access_token.");
        return _token;
    }

    public void Invalidate() => _token = _given;
}
