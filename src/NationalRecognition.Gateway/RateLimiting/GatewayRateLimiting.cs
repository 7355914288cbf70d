using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Gateway.Security;

namespace NationalRecognition.Gateway.RateLimiting;

/// <summary>The gateway's global limiter: fixed windows partitioned by caller; 429 with Retry-After past the budget.</summary>
public static class GatewayRateLimiting
{
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GatewayRateLimitOptions>()
            .Bind(configuration.GetSection(GatewayRateLimitOptions.SectionName))
            .Validate(o => Valid(o.Identity) && Valid(o.Anonymous) && Valid(o.Feed),
                "Every RateLimiting budget needs a PermitLimit of at least 1 and a positive Window.")
            .ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<GatewayRateLimitOptions>>((limiter, limits) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits.Value));
            limiter.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : WindowOf(rejected.HttpContext, limits.Value);
                rejected.HttpContext.Response.Headers.RetryAfter =
                    Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>Which budget a request draws on: the feed's, its subject's, or its remote address's.</summary>
    public static (string Key, RateLimitBudget? Budget) PartitionOf(HttpContext context, GatewayRateLimitOptions limits)
    {
        if (!limits.Enabled || limits.ExemptPathPrefixes.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return ("exempt", null);
        }

        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && user.FindFirst(ActorClaimTypes.Subject)?.Value is { Length: > 0 } subject)
        {
            return user.FindFirst(ActorClaimTypes.Role)?.Value == nameof(ActorRole.ExchangeFeed)
                ? ($"feed:{subject}", limits.Feed)
                : ($"subject:{subject}", limits.Identity);
        }

        // Behind a proxy this is the proxy's address unless forwarded headers are configured (see docs/security.md).
        return ($"address:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}", limits.Anonymous);
    }

    private static RateLimitPartition<string> Partition(HttpContext context, GatewayRateLimitOptions limits)
    {
        var (key, budget) = PartitionOf(context, limits);
        return budget is null
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = budget.PermitLimit,
                Window = budget.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    }

    private static TimeSpan WindowOf(HttpContext context, GatewayRateLimitOptions limits) =>
        PartitionOf(context, limits).Budget?.Window ?? TimeSpan.FromSeconds(1);

    private static bool Valid(RateLimitBudget budget) => budget.PermitLimit >= 1 && budget.Window > TimeSpan.Zero;
}
