using System.Net;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Testing;

namespace NationalRecognition.Gateway.Tests.Security;

/// <summary>Budgets per caller: past one, 429 with Retry-After; the next window lets the caller through again.</summary>
public sealed class RateLimitingTests
{
    [Fact]
    public async Task Past_its_budget_a_caller_gets_429_with_Retry_After_and_the_next_window_passes()
    {
        // Windows of a few seconds: the three calls below fall in one window even on a machine busy with other work.
        await using var host = await SecureHost.Start(Limits(identity: 2, window: "00:00:05"));
        var token = Tokens.Valid(subject: "busy-chair");
        await host.Get("/whoami", Tokens.Valid(subject: "warm-up"));

        var first = await host.Get("/whoami", token);
        var second = await host.Get("/whoami", token);
        var third = await host.Get("/whoami", token);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests), (first.StatusCode, second.StatusCode, third.StatusCode));
        var retryAfter = third.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));

        // The window is real time (the framework's limiter has no clock to inject): ask until the next window lets the
        // caller through; refused calls take no permit from it.
        await Eventually.TrueAsync(async () => (await host.Get("/whoami", token)).StatusCode == HttpStatusCode.OK, "the next window to let the caller through");
    }

    [Fact]
    public async Task Each_identity_and_the_feed_have_their_own_budget()
    {
        await using var host = await SecureHost.Start(Limits(identity: 1, feed: 3, window: "00:01:00"));
        var busy = Tokens.Valid(subject: "busy-chair");

        Assert.Equal(HttpStatusCode.OK, (await host.Get("/whoami", busy)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.Get("/whoami", busy)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.Get("/whoami", Tokens.Valid(subject: "other-chair"))).StatusCode);
        var feed = Tokens.Valid(ActorRole.ExchangeFeed, "enbek-feed", bin: null);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Get("/whoami", feed)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.Get("/whoami", feed)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_calls_share_their_address_budget_and_health_probes_are_never_limited()
    {
        await using var host = await SecureHost.Start(Limits(anonymous: 1, window: "00:01:00"));

        Assert.Equal(HttpStatusCode.OK, (await host.Get("/whoami")).StatusCode);
        var limited = await host.Get("/whoami");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.InRange(limited.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Get("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await host.Get("/health/ready")).StatusCode);
        }
    }

    [Fact]
    public async Task Past_the_anonymous_budget_the_web_applications_assets_and_session_probe_are_still_served()
    {
        await using var host = await SecureHost.Start(Limits(anonymous: 1, window: "00:01:00"));

        Assert.Equal(HttpStatusCode.OK, (await host.Get("/whoami")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.Get("/whoami")).StatusCode);
        for (var i = 0; i < 3; i++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await host.Get("/app/main.js")).StatusCode);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await host.Get("/auth/session")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await host.Get("/graphql")).StatusCode);
    }

    private static Dictionary<string, string?> Limits(int identity = 100, int anonymous = 100, int feed = 100, string window = "00:00:01")
    {
        var settings = SecureHost.LocalSettings();
        settings["RateLimiting:Enabled"] = "true";
        settings["RateLimiting:Identity:PermitLimit"] = identity.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["RateLimiting:Identity:Window"] = window;
        settings["RateLimiting:Anonymous:PermitLimit"] = anonymous.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["RateLimiting:Anonymous:Window"] = window;
        settings["RateLimiting:Feed:PermitLimit"] = feed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["RateLimiting:Feed:Window"] = window;
        return settings;
    }
}
