namespace NationalRecognition.Gateway.Sessions;

/// <summary>Exchanges a refresh token for fresh tokens at the identity provider.</summary>
public interface IProviderTokenClient
{
    /// <summary>The fresh tokens, or null when the provider refused (the session then ends).</summary>
    Task<ProviderTokens?> RefreshAsync(string refreshToken, CancellationToken cancellationToken);
}
