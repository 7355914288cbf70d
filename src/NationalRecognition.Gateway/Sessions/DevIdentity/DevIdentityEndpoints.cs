using System.Net;
using System.Text;
using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Gateway.Sessions.DevIdentity;

/// <summary>
/// The development identity provider's sign-in page at <c>/dev-identity/authorize</c> (local mode only): the code
/// flow's authorization endpoint. GET checks the request (code flow, S256 PKCE, this gateway's client and callback) and
/// lists the demo people by role; POST signs in as the one picked and redirects to the callback with a code.
/// </summary>
public static class DevIdentityEndpoints
{
    public const string AuthorizePath = "/dev-identity/authorize";

    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static readonly string[] Carried = ["client_id", "redirect_uri", "state", "nonce", "code_challenge", "code_challenge_method", "response_type"];

    public static IEndpointRouteBuilder MapDevIdentity(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AuthorizePath, (HttpContext context, DevIdentityPeople people) =>
        {
            var query = Carried.ToDictionary(name => name, name => context.Request.Query[name].ToString());
            Harden(context.Response);
            return Problem(context, query) is { } problem
                ? Results.BadRequest(new { error = "invalid_request", error_description = problem })
                : Results.Text(Page(query, people), "text/html; charset=utf-8");
        }).AllowAnonymous();

        endpoints.MapPost(AuthorizePath, async (HttpContext context, DevIdentityPeople people, DevIdentityProvider provider) =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            var values = Carried.ToDictionary(name => name, name => form[name].ToString());
            if (Problem(context, values) is { } problem || people.Find(form["person"]) is not { } person)
            {
                return Results.BadRequest(new { error = "invalid_request", error_description = "Pick one of the listed people." });
            }

            var code = provider.IssueCode(person, values["code_challenge"], values["redirect_uri"], NullIfEmpty(values["nonce"]));
            var target = QueryString.Create(new Dictionary<string, string?> { ["code"] = code, ["state"] = values["state"] });
            return Results.Redirect(values["redirect_uri"] + target);
        }).AllowAnonymous().DisableAntiforgery();
        return endpoints;
    }

    /// <summary>Null when the authorization request is one this provider serves, else why not.</summary>
    private static string? Problem(HttpContext context, Dictionary<string, string> request)
    {
        if (request["response_type"] != "code")
        {
            return "Only the authorization code flow (response_type=code) is served.";
        }

        if (request["client_id"] != DevIdentityProvider.ClientId)
        {
            return "Unknown client_id.";
        }

        if (request["code_challenge_method"] != "S256" || request["code_challenge"].Length < 43)
        {
            return "PKCE with code_challenge_method=S256 is required.";
        }

        // Only this gateway's own callback: the code must never travel to another site.
        return Uri.TryCreate(request["redirect_uri"], UriKind.Absolute, out var redirect)
               && redirect.Authority == context.Request.Host.Value && redirect.AbsolutePath == BrowserSessionExtensions.CallbackPath
            ? null
            : "redirect_uri must be this gateway's sign-in callback.";
    }

    private static string Page(IReadOnlyDictionary<string, string> request, DevIdentityPeople people)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Development sign-in · National Recognition Platform</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 0; color: #1d2330; background: #f5f7fa; }
            main { max-width: 56rem; margin: 0 auto; padding: 1rem; }
            .note { background: #fff4d6; border-left: 4px solid #b26b00; padding: 0.5rem 0.75rem; }
            ul { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 0.5rem; }
            button { width: 100%; min-height: 2.75rem; text-align: left; font: inherit; padding: 0.5rem 0.75rem; border: 1px solid #00509e;
                     border-radius: 4px; background: #fff; color: #00509e; cursor: pointer; }
            button:hover, button:focus-visible { background: #00509e; color: #fff; outline: 3px solid #f2a900; }
            small { display: block; color: inherit; }
            </style></head>
            <body><main>
            <h1>Development sign-in</h1>
            <p class="note">Local mode only: this page stands in for the identity provider and signs in as any demo person, without a password.</p>
            """);
        foreach (var group in people.People.GroupBy(person => person.Role).OrderBy(group => group.Key))
        {
            html.Append("<section><h2>").Append(Encode(RoleName(group.Key))).Append("</h2><ul>");
            foreach (var person in group)
            {
                html.Append("<li><form method=\"post\" action=\"").Append(AuthorizePath).Append("\">");
                foreach (var (name, value) in request)
                {
                    html.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(Encode(value)).Append("\">");
                }

                html.Append("<button type=\"submit\" name=\"person\" value=\"").Append(Encode(person.Id)).Append("\" data-person=\"")
                    .Append(Encode(person.Id)).Append("\">").Append(Encode(person.Name))
                    .Append("<small>").Append(Encode(Detail(person))).Append("</small></button></form></li>");
            }

            html.Append("</ul></section>");
        }

        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static string RoleName(ActorRole role) => role switch
    {
        ActorRole.CommissionChair => "Commission chair",
        ActorRole.CommissionSecretary => "Commission secretary",
        ActorRole.CommissionMember => "Commission member",
        ActorRole.MinistryAnalyst => "Ministry analyst",
        ActorRole.PlatformAdministrator => "Platform administrator",
        ActorRole.Head => "Head of institution",
        _ => role.ToString(),
    };

    private static string Detail(DevPerson person) =>
        person.Bin is not null ? $"BIN {person.Bin}"
        : person.Iin is not null ? $"IIN {person.Iin}"
        : person.Ministry is not null ? person.Ministry
        : "national";

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    /// <summary>Sets the page's security headers (the page is static HTML with inline styles only).</summary>
    internal static void Harden(HttpResponse response) => response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
}
