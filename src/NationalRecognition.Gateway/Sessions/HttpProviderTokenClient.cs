using System.Text.Json;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace NationalRecognition.Gateway.Sessions;

/// <summary>The refresh grant at the provider's token endpoint (from its metadata), over the sign-in handler's back channel.</summary>
public sealed class HttpProviderTokenClient(IOptionsMonitor<OpenIdConnectOptions> signInOptions, TimeProvider time) : IProviderTokenClient
{
    public async Task<ProviderTokens?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var options = signInOptions.Get(SessionSchemes.SignIn);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = options.ClientId!,
        };
        if (!string.IsNullOrEmpty(options.ClientSecret))
        {
            form["client_secret"] = options.ClientSecret;
        }

        using var response = await options.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(form), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = body.RootElement;
        if (!root.TryGetProperty("access_token", out var access) || access.GetString() is not { Length: > 0 } accessToken)
        {
            return null;
        }

        var expiresIn = root.TryGetProperty("expires_in", out var seconds) && seconds.TryGetInt32(out var value) ? value : 300;
        return new ProviderTokens(accessToken, Text(root, "refresh_token"), Text(root, "id_token"), time.GetUtcNow().AddSeconds(expiresIn));
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
