using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using NationalRecognition.Gateway.Http;
using NationalRecognition.Gateway.Languages;
using NationalRecognition.Gateway.RateLimiting;
using NationalRecognition.Gateway.Sessions;
using NationalRecognition.ServiceDefaults.Cluster;

namespace NationalRecognition.Gateway.Security;

/// <summary>Authentication (JWT bearer), rate limiting and log redaction of the gateway.</summary>
public static class GatewaySecurityExtensions
{
    /// <summary>
    /// Registers JWT bearer validation from "Authentication:Jwt", the rate limiter from "RateLimiting" and the
    /// IIN-masking of every log provider. Fails at start-up when the configuration is unsafe.
    /// </summary>
    public static IServiceCollection AddGatewaySecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var jwt = configuration.GetSection(GatewayJwtOptions.SectionName).Get<GatewayJwtOptions>() ?? new GatewayJwtOptions();
        ThrowIfUnsafe(jwt, configuration);
        services.AddSingleton(jwt);
        var trust = new RoleClaimTrust(jwt);
        services.AddSingleton(trust);

        var authentication = services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(bearer => ConfigureBearer(bearer, jwt, trust));
        services.AddBrowserSessions(authentication, configuration, jwt);
        if (jwt.ValidatedTokenCacheSize > 0)
        {
            services.AddSingleton(provider => new ValidatedTokenCache(
                jwt.ValidatedTokenCacheSize, jwt.ValidatedTokenLifetime, provider.GetService<TimeProvider>() ?? TimeProvider.System)
            {
                MapInboundClaims = false,
            });
            services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
                .Configure<ValidatedTokenCache>((bearer, cache) =>
                {
                    bearer.TokenHandlers.Clear();
                    bearer.TokenHandlers.Add(cache);
                });
        }
        services.AddAuthorization();
        services.AddGatewayRateLimiting(configuration);
        services.AddPersonalDataRedaction();
        return services;
    }

    /// <summary>The <c>extensions.reason</c> of a 401 to a token past its lifetime: get a new token (sign in again).</summary>
    public const string TokenExpired = "TOKEN_EXPIRED";

    /// <summary>The <c>extensions.reason</c> of a 401 to any other token that failed validation.</summary>
    public const string TokenInvalid = "TOKEN_INVALID";

    /// <summary>
    /// Authenticates every request (a bearer token, else a browser session), answers 401 to a request that presents a
    /// token that fails validation (it is never downgraded to anonymous), resolves a person's roles from the platform
    /// when the host registered <see cref="IPersonRoleResolution"/>, refuses a session's write without the antiforgery
    /// token, then applies the rate limiter, partitioned by the authenticated identity.
    /// </summary>
    public static IApplicationBuilder UseGatewaySecurity(this IApplicationBuilder app)
    {
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme);
            if (result.Failure is not null)
            {
                // The challenge sets WWW-Authenticate; the body says what to do about it, an expired token apart.
                await context.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
                var expired = result.Failure is SecurityTokenExpiredException;
                await HttpErrorBody.WriteAsync(context, StatusCodes.Status401Unauthorized,
                    message: GatewayMessages.Text(expired ? "token.expired" : "token.invalid"),
                    reason: expired ? TokenExpired : TokenInvalid);
                return;
            }

            await next(context);
        });
        if (app.ApplicationServices.GetService<IPersonRoleResolution>() is not null)
        {
            app.UseMiddleware<IPersonRoleResolution>();
        }

        app.UseSessionAntiforgery();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>Whether the gateway runs all-in-one on one machine (the only place local tokens are accepted).</summary>
    public static bool IsLocalCluster(IConfiguration configuration) =>
        (configuration.GetSection(PlatformClusterOptions.SectionName).Get<PlatformClusterOptions>() ?? new PlatformClusterOptions()).Mode
        == ClusterMode.Local;

    private static void ConfigureBearer(JwtBearerOptions bearer, GatewayJwtOptions jwt, RoleClaimTrust trust)
    {
        // Claims keep the provider's names (sub, role, bin, iin, ministry) rather than WS-Federation URIs.
        bearer.MapInboundClaims = false;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidAudience = jwt.Audience,
            ClockSkew = jwt.ClockSkew,
            NameClaimType = ActorClaimTypes.Subject,
            RoleClaimType = ActorClaimTypes.Role,
        };

        if (jwt.EffectiveMode == JwtMode.Local)
        {
            bearer.TokenValidationParameters.ValidIssuer = jwt.EffectiveIssuer;
            bearer.TokenValidationParameters.IssuerSigningKey = LocalSigningKey.Resolve(jwt);
            bearer.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
        else
        {
            bearer.Authority = jwt.Authority;
            if (jwt.MetadataAddress is not null)
            {
                bearer.MetadataAddress = jwt.MetadataAddress;
            }

            bearer.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
            if (jwt.Issuer is not null)
            {
                bearer.TokenValidationParameters.ValidIssuer = jwt.Issuer;
            }

            // Keys come from the provider's JWKS: only asymmetric algorithms, so no one can sign with a public key.
            bearer.TokenValidationParameters.ValidAlgorithms =
            [
                SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512,
                SecurityAlgorithms.RsaSsaPssSha256, SecurityAlgorithms.EcdsaSha256, SecurityAlgorithms.EcdsaSha384,
            ];
        }

        bearer.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (context.Principal is { } principal
                    && (trust.Honours(principal) ? ActorClaimsValidator.Problem(principal) : ActorClaimsValidator.PersonProblem(principal)) is { } problem)
                {
                    context.Fail(problem);
                }

                return Task.CompletedTask;
            },
        };
    }

    private static void ThrowIfUnsafe(GatewayJwtOptions jwt, IConfiguration configuration)
    {
        if (jwt.ValidatedTokenCacheSize < 0 || jwt.ValidatedTokenLifetime <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                $"{GatewayJwtOptions.SectionName}:ValidatedTokenCacheSize must be 0 (off) or positive, and ValidatedTokenLifetime positive.");
        }

        if (string.IsNullOrWhiteSpace(jwt.Audience))
        {
            throw new InvalidOperationException($"{GatewayJwtOptions.SectionName}:Audience isn't configured.");
        }

        if (jwt.EffectiveMode == JwtMode.OpenIdConnect && string.IsNullOrWhiteSpace(jwt.Authority) && string.IsNullOrWhiteSpace(jwt.MetadataAddress))
        {
            throw new InvalidOperationException($"{GatewayJwtOptions.SectionName}:Authority isn't configured (OpenIdConnect mode).");
        }

        if (jwt.EffectiveMode == JwtMode.Local && !IsLocalCluster(configuration))
        {
            throw new InvalidOperationException(
                $"Local tokens are accepted only in local mode; with {PlatformClusterOptions.SectionName}:Mode other than Local, configure {GatewayJwtOptions.SectionName}:Authority.");
        }
    }
}
