namespace NationalRecognition.Gateway.RateLimiting;

/// <summary>
/// Per-caller budgets, bound from "RateLimiting" (e.g. <c>RateLimiting__Identity__PermitLimit=600</c>). Each
/// authenticated subject has its own budget, each remote address its own for anonymous calls, and the labour
/// exchange feed a larger one of its own, so that a bulk upload never starves learners during admission.
/// </summary>
public sealed class GatewayRateLimitOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Off only where something in front already limits (and in tests that are not about limits).</summary>
    public bool Enabled { get; set; } = true;

    public RateLimitBudget Identity { get; set; } = new() { PermitLimit = 300, Window = TimeSpan.FromMinutes(1) };

    public RateLimitBudget Anonymous { get; set; } = new() { PermitLimit = 60, Window = TimeSpan.FromMinutes(1) };

    public RateLimitBudget Feed { get; set; } = new() { PermitLimit = 3000, Window = TimeSpan.FromMinutes(1) };

    /// <summary>
    /// Paths that are never limited: Kubernetes probes, the web application's fingerprinted assets and its session
    /// probe. A page load fetches several of those, and learners behind one college's address share the anonymous
    /// budget: counted, they would spend it before the first GraphQL request (the page would show no sign-in).
    /// </summary>
    public IReadOnlyList<string> ExemptPathPrefixes { get; set; } = ["/health", "/app", "/auth/session"];
}
