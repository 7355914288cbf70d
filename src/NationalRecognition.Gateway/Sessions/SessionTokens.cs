using System.Globalization;
using Microsoft.AspNetCore.Authentication;

namespace NationalRecognition.Gateway.Sessions;

/// <summary>The provider's tokens as the session ticket keeps them (the names the OpenID Connect handler saves).</summary>
public static class SessionTokens
{
    public const string AccessToken = "access_token";
    public const string RefreshToken = "refresh_token";
    public const string IdToken = "id_token";
    public const string ExpiresAt = "expires_at";

    /// <summary>When the access token in the ticket expires; the past when the ticket says nothing.</summary>
    public static DateTimeOffset AccessTokenExpiry(AuthenticationProperties properties) =>
        DateTimeOffset.TryParse(properties.GetTokenValue(ExpiresAt), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : DateTimeOffset.MinValue;

    /// <summary>Stores fresh tokens, keeping the old refresh and id tokens when the provider sent none.</summary>
    public static void Store(AuthenticationProperties properties, ProviderTokens tokens)
    {
        var stored = new List<AuthenticationToken>
        {
            new() { Name = AccessToken, Value = tokens.AccessToken },
            new() { Name = ExpiresAt, Value = tokens.ExpiresAt.ToString("o", CultureInfo.InvariantCulture) },
        };
        if ((tokens.RefreshToken ?? properties.GetTokenValue(RefreshToken)) is { } refresh)
        {
            stored.Add(new AuthenticationToken { Name = RefreshToken, Value = refresh });
        }

        if ((tokens.IdToken ?? properties.GetTokenValue(IdToken)) is { } id)
        {
            stored.Add(new AuthenticationToken { Name = IdToken, Value = id });
        }

        properties.StoreTokens(stored);
    }
}
