using System.Globalization;
using System.Net;
using System.Text;

namespace NationalRecognition.StandInIdentity;

/// <summary>
/// The code flow with PKCE: <c>GET /authorize</c> shows a form for the claims of the person to sign in as (it
/// authenticates nobody), <c>POST /authorize</c> redirects to the client's redirect address with a code, and the token
/// endpoint redeems it (form-encoded <c>grant_type=authorization_code</c>, or <c>refresh_token</c>) for an access
/// token, an id token (audience: the client, with the nonce) and a refresh token.
/// </summary>
public static class AuthorizeEndpoints
{
    public const string AuthorizePath = "/authorize";

    private static readonly string[] Carried = ["client_id", "redirect_uri", "state", "nonce", "code_challenge", "code_challenge_method", "response_type"];
    private static readonly string[] Claims = ["sub", "role", "bin", "iin", "ministry"];

    public static void Map(WebApplication app)
    {
        app.MapGet(AuthorizePath, (HttpContext context) =>
        {
            var request = Carried.ToDictionary(name => name, name => context.Request.Query[name].ToString());
            return Problem(request) is { } problem
                ? Results.BadRequest(new { error = "invalid_request", error_description = problem })
                : Results.Text(Page(request), "text/html; charset=utf-8");
        });

        app.MapPost(AuthorizePath, async (HttpContext context, AuthorizationCodes codes) =>
        {
            var form = await context.Request.ReadFormAsync();
            var request = Carried.ToDictionary(name => name, name => form[name].ToString());
            var person = new TokenRequest
            {
                Sub = form["sub"],
                Role = form["role"],
                Bin = form["bin"],
                Iin = form["iin"],
                Ministry = form["ministry"],
            };
            if ((Problem(request) ?? TokenMinter.Problem(person)) is { } problem)
            {
                return Results.BadRequest(new { error = "invalid_request", error_description = problem });
            }

            var code = codes.Issue(person, request["client_id"], request["redirect_uri"], request["code_challenge"],
                request["nonce"] is { Length: > 0 } nonce ? nonce : null);
            return Results.Redirect(request["redirect_uri"]
                + QueryString.Create(new Dictionary<string, string?> { ["code"] = code, ["state"] = request["state"] }));
        });
    }

    /// <summary>The token endpoint's form-encoded grants.</summary>
    public static async Task<IResult> TokenAsync(HttpContext context, AuthorizationCodes codes, TokenMinter minter)
    {
        var form = await context.Request.ReadFormAsync();
        TokenRequest? person;
        string? clientId = form["client_id"];
        string? nonce = null;
        switch (form["grant_type"].ToString())
        {
            case "authorization_code":
                var grant = codes.Redeem(form["code"], clientId, form["redirect_uri"], form["code_verifier"]);
                person = grant?.Person;
                nonce = grant?.Nonce;
                break;
            case "refresh_token":
                person = codes.Refresh(form["refresh_token"]);
                break;
            default:
                return Results.BadRequest(new { error = "unsupported_grant_type" });
        }

        if (person is null || string.IsNullOrEmpty(clientId))
        {
            return Results.BadRequest(new { error = "invalid_grant" });
        }

        return Results.Json(new
        {
            access_token = minter.Mint(person),
            id_token = minter.MintIdToken(person, clientId, nonce),
            refresh_token = codes.IssueRefreshToken(person),
            token_type = "Bearer",
            expires_in = person.LifetimeMinutes * 60,
        });
    }

    private static string? Problem(Dictionary<string, string> request) =>
        request["response_type"] != "code" ? "Only response_type=code is served."
        : request["code_challenge_method"] != "S256" || request["code_challenge"].Length < 43 ? "PKCE with S256 is required."
        : string.IsNullOrEmpty(request["client_id"]) ? "client_id is required."
        : !Uri.TryCreate(request["redirect_uri"], UriKind.Absolute, out _) ? "redirect_uri must be an absolute address."
        : null;

    private static string Page(Dictionary<string, string> request)
    {
        var html = new StringBuilder("""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Stand-in sign-in</title></head>
            <body><main><h1>Stand-in identity provider</h1>
            <p>For tests only: signs in as whoever the claims below describe.</p>
            <form method="post" action="/authorize">
            """);
        foreach (var (name, value) in request)
        {
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{name}\" value=\"{WebUtility.HtmlEncode(value)}\">");
        }

        foreach (var claim in Claims)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><label for=\"{claim}\">{claim}</label> <input id=\"{claim}\" name=\"{claim}\"></p>");
        }

        html.Append("<button type=\"submit\" id=\"sign-in\">Sign in</button></form></main></body></html>");
        return html.ToString();
    }
}
