namespace NationalRecognition.Gateway.Sessions;

/// <summary>The authentication schemes of the gateway besides the bearer token's.</summary>
public static class SessionSchemes
{
    /// <summary>Picks the bearer token when the request carries an Authorization header, else the session cookie.</summary>
    public const string Caller = "Caller";

    /// <summary>The encrypted session cookie.</summary>
    public const string Cookie = "Session";

    /// <summary>The OpenID Connect code flow that starts a session.</summary>
    public const string SignIn = "SignIn";

    /// <summary>The authentication type of a session's identity: how a request is known to come from a browser session.</summary>
    public const string SessionAuthenticationType = "session";

    /// <summary>Header the page sends the antiforgery token in.</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    /// <summary>Whether the request was authenticated by a browser session (not by a bearer token).</summary>
    public static bool IsSession(HttpContext context) =>
        context.User.Identity is { IsAuthenticated: true, AuthenticationType: SessionAuthenticationType };
}
