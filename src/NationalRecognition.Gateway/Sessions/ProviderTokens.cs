namespace NationalRecognition.Gateway.Sessions;

/// <summary>What the identity provider's token endpoint answered: kept in the encrypted session cookie, never sent to the page.</summary>
public sealed record ProviderTokens(string AccessToken, string? RefreshToken, string? IdToken, DateTimeOffset ExpiresAt);
