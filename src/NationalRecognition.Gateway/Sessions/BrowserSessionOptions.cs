namespace NationalRecognition.Gateway.Sessions;

/// <summary>
/// Browser sign-in (the backend-for-frontend of the web application), bound from "Authentication:Session". In local mode
/// it is always on, against the development identity provider; otherwise it is on once <see cref="ClientId"/> names the
/// gateway's client at the identity provider of "Authentication:Jwt:Authority".
/// </summary>
public sealed class BrowserSessionOptions
{
    public const string SectionName = "Authentication:Session";

    /// <summary>The gateway's client id at the identity provider (authorization code flow with PKCE).</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret, when the provider registers the gateway as a confidential client.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for besides <c>openid</c>, e.g. <c>offline_access</c> for refresh tokens.</summary>
    public string[] Scopes { get; set; } = [];

    /// <summary>How long a session lasts without being extended (the page warns before it ends and offers to extend).</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Refresh the provider's access token when it has less than this left.</summary>
    public TimeSpan RefreshBefore { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The Secure attribute on the session cookies; on by default outside local mode. Off only for a trial over plain
    /// HTTP that is not localhost.
    /// </summary>
    public bool? SecureCookie { get; set; }

    /// <summary>
    /// The folder holding the Data Protection key ring every gateway replica shares (the session cookie and the
    /// antiforgery tokens are encrypted with it): in Kubernetes the mounted Secret <c>recognition-session-keys</c>.
    /// Required outside local mode; in local mode the user's own key folder is used when not set.
    /// </summary>
    public string? KeyRingDirectory { get; set; }

    /// <summary>
    /// Whether the gateway may add keys to <see cref="KeyRingDirectory"/> itself. Off by default: a mounted Secret is
    /// read-only, and replicas that each made a key of their own could not read each other's sessions. New keys come
    /// from the <c>session-keys</c> command (docs/deployment.md).
    /// </summary>
    public bool GenerateKeys { get; set; }

    /// <summary>The effective Secure attribute: as configured, else on outside local mode.</summary>
    public bool Secure(bool localMode) => SecureCookie ?? !localMode;
}
