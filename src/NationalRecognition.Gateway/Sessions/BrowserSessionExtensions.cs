using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using NationalRecognition.Gateway.Http;
using NationalRecognition.Gateway.Security;
using NationalRecognition.Gateway.Sessions.DevIdentity;

namespace NationalRecognition.Gateway.Sessions;

/// <summary>
/// Browser sign-in as a backend-for-frontend: the OpenID Connect authorization code flow with PKCE runs in the gateway,
/// which keeps the provider's tokens in an encrypted, HttpOnly, SameSite=Lax cookie (Secure outside local mode,
/// chunked when large) and never hands them to page script. A request with an Authorization header is a bearer request
/// as before; one without it is authenticated by the session cookie, must carry the antiforgery token when it writes,
/// and may run persisted GraphQL documents only (<see cref="WebApp.PersistedDocuments"/>).
/// </summary>
public static class BrowserSessionExtensions
{
    public const string CallbackPath = "/signin-oidc";

    /// <summary>Whether browser sign-in is on: in local mode always, else once a client id is configured.</summary>
    public static bool IsEnabled(BrowserSessionOptions session, GatewayJwtOptions jwt, bool localMode) =>
        (localMode && jwt.EffectiveMode == JwtMode.Local) || !string.IsNullOrWhiteSpace(session.ClientId);

    public static IServiceCollection AddBrowserSessions(
        this IServiceCollection services, AuthenticationBuilder authentication, IConfiguration configuration, GatewayJwtOptions jwt)
    {
        var session = configuration.GetSection(BrowserSessionOptions.SectionName).Get<BrowserSessionOptions>() ?? new BrowserSessionOptions();
        var localMode = GatewaySecurityExtensions.IsLocalCluster(configuration);
        services.AddSingleton(session);
        if (!IsEnabled(session, jwt, localMode))
        {
            return services;
        }

        var devIdentity = jwt.EffectiveMode == JwtMode.Local;
        var secure = session.Secure(localMode);
        services.AddSessionKeyRing(session, localMode);
        services.AddSingleton<SessionPrincipalFactory>();
        services.AddSingleton<SessionRefresher>();
        services.TryAddSingleton(TimeProvider.System);
        if (devIdentity)
        {
            services.TryAddSingleton(DevIdentityPeople.PlatformWide);
            services.AddSingleton<DevIdentityProvider>();
            services.AddSingleton<IProviderTokenClient>(provider => provider.GetRequiredService<DevIdentityProvider>());
        }
        else
        {
            services.AddSingleton<IProviderTokenClient, HttpProviderTokenClient>();
        }

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = SessionSchemes.AntiforgeryHeader;
            antiforgery.Cookie.Name = secure ? "__Host-nr-csrf" : "nr-csrf";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.None;
        });

        services.Configure<AuthenticationOptions>(options =>
        {
            options.DefaultScheme = SessionSchemes.Caller;
            options.DefaultChallengeScheme = JwtBearerDefaults.AuthenticationScheme;
        });
        authentication
            .AddPolicyScheme(SessionSchemes.Caller, "Bearer token or browser session", policy =>
            {
                policy.ForwardDefaultSelector = context => context.Request.Headers.Authorization.Count > 0
                    ? JwtBearerDefaults.AuthenticationScheme
                    : SessionSchemes.Cookie;
                policy.ForwardChallenge = JwtBearerDefaults.AuthenticationScheme;
                policy.ForwardForbid = JwtBearerDefaults.AuthenticationScheme;
            })
            .AddCookie(SessionSchemes.Cookie, cookie => ConfigureCookie(cookie, session, secure))
            .AddOpenIdConnect(SessionSchemes.SignIn, signIn => ConfigureSignIn(signIn, session, jwt, devIdentity, secure));
        return services;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie, BrowserSessionOptions session, bool secure)
    {
        cookie.Cookie.Name = secure ? "__Host-nr-session" : "nr-session";
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.None;
        cookie.Cookie.Path = "/";
        cookie.ExpireTimeSpan = session.Lifetime;
        cookie.SlidingExpiration = false;
        cookie.Events.OnRedirectToLogin = context => Refuse(context.HttpContext, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context => Refuse(context.HttpContext, StatusCodes.Status403Forbidden);
        cookie.Events.OnValidatePrincipal = context =>
            context.HttpContext.RequestServices.GetRequiredService<SessionRefresher>().ValidateAsync(context);
    }

    private static void ConfigureSignIn(OpenIdConnectOptions signIn, BrowserSessionOptions session, GatewayJwtOptions jwt, bool devIdentity, bool secure)
    {
        signIn.SignInScheme = SessionSchemes.Cookie;
        signIn.ClientId = devIdentity ? DevIdentityProvider.ClientId : session.ClientId;
        signIn.ClientSecret = session.ClientSecret;
        signIn.ResponseType = OpenIdConnectResponseType.Code;

        // The code comes back in the query of a top-level GET, so the correlation cookies can stay SameSite=Lax
        // (form_post would need SameSite=None).
        signIn.ResponseMode = OpenIdConnectResponseMode.Query;
        signIn.UsePkce = true;
        signIn.SaveTokens = true;
        signIn.MapInboundClaims = false;
        signIn.GetClaimsFromUserInfoEndpoint = false;
        signIn.CallbackPath = CallbackPath;
        signIn.Scope.Clear();
        signIn.Scope.Add("openid");
        foreach (var scope in session.Scopes)
        {
            signIn.Scope.Add(scope);
        }

        foreach (var transient in new[] { signIn.CorrelationCookie, signIn.NonceCookie })
        {
            transient.SameSite = SameSiteMode.Lax;
            transient.SecurePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.None;
        }

        signIn.TokenValidationParameters.NameClaimType = ActorClaimTypes.Subject;

        // The handler deletes `iss` from the principal by default; the session keeps it: with the subject it names the
        // person, and it says whether the token's role claims are honoured (RoleClaimTrust).
        signIn.ClaimActions.Remove(ActorClaimTypes.Issuer);
        if (devIdentity)
        {
            var configuration = new OpenIdConnectConfiguration
            {
                Issuer = jwt.EffectiveIssuer,
                AuthorizationEndpoint = DevIdentityEndpoints.AuthorizePath,
                TokenEndpoint = DevIdentityEndpoints.AuthorizePath,
            };
            configuration.SigningKeys.Add(LocalSigningKey.Resolve(jwt));
            signIn.Configuration = configuration;
            signIn.TokenValidationParameters.ValidIssuer = jwt.EffectiveIssuer;
        }
        else
        {
            signIn.Authority = jwt.Authority;
            if (jwt.MetadataAddress is not null)
            {
                signIn.MetadataAddress = jwt.MetadataAddress;
            }

            signIn.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        }

        signIn.Events = new OpenIdConnectEvents
        {
            OnAuthorizationCodeReceived = context =>
            {
                if (devIdentity)
                {
                    // The development provider runs in this process: redeem the code without a network call.
                    var request = context.TokenEndpointRequest!;
                    request.Parameters.TryGetValue("code_verifier", out var verifier);
                    var tokens = context.HttpContext.RequestServices.GetRequiredService<DevIdentityProvider>()
                        .Redeem(request.Code, verifier, request.RedirectUri, request.ClientId);
                    if (tokens is null)
                    {
                        context.Fail("The development identity provider refused the code.");
                        return Task.CompletedTask;
                    }

                    context.HandleCodeRedemption(tokens.AccessToken, tokens.IdToken!);
                    context.TokenEndpointResponse!.RefreshToken = tokens.RefreshToken;
                    context.TokenEndpointResponse.ExpiresIn = ((int)(tokens.ExpiresAt - DateTimeOffset.UtcNow).TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return Task.CompletedTask;
            },
            OnTokenValidated = async context =>
            {
                var services = context.HttpContext.RequestServices;
                var (principal, problem) = await services.GetRequiredService<SessionPrincipalFactory>()
                    .FromAccessTokenAsync(context.TokenEndpointResponse?.AccessToken, context.HttpContext.RequestAborted);
                if (principal is null)
                {
                    context.Fail(problem!);
                    return;
                }

                context.Principal = principal;
                context.Properties!.IsPersistent = false;
                context.Properties.ExpiresUtc = services.GetRequiredService<TimeProvider>().GetUtcNow() + session.Lifetime;
            },
            OnRemoteFailure = context =>
            {
                // Back to the application, which says that signing in failed; the reason goes to the log only.
                context.HandleResponse();
                context.Response.Redirect("/?signin=failed");
                return Task.CompletedTask;
            },
        };
    }

    private static Task Refuse(HttpContext context, int status) => HttpErrorBody.WriteAsync(context, status);

    /// <summary>
    /// Refuses a write (any method but GET, HEAD, OPTIONS, TRACE) authenticated by the session cookie that does not carry
    /// the antiforgery token (header <see cref="SessionSchemes.AntiforgeryHeader"/> or the form field): another site can
    /// make the browser send the cookie, never the token. Bearer requests are not affected.
    /// </summary>
    public static IApplicationBuilder UseSessionAntiforgery(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetService<IAntiforgery>() is not { } antiforgery
            || app.ApplicationServices.GetService<SessionPrincipalFactory>() is null)
        {
            return app;
        }

        return app.Use(async (context, next) =>
        {
            var method = context.Request.Method;
            var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
            if (!safe && SessionSchemes.IsSession(context) && !await antiforgery.IsRequestValidAsync(context))
            {
                await HttpErrorBody.WriteAsync(context, StatusCodes.Status400BadRequest, AntiforgeryCode,
                    $"A browser session's write must carry the antiforgery token (header {SessionSchemes.AntiforgeryHeader}, from GET {SessionEndpoints.SessionPath}).");
                return;
            }

            await next(context);
        });
    }

    /// <summary>The error code of a session write without a valid antiforgery token.</summary>
    public const string AntiforgeryCode = "ANTIFORGERY_TOKEN_INVALID";
}
