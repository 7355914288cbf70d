namespace NationalRecognition.Gateway.RateLimiting;

/// <summary>Requests one partition may make per fixed window.</summary>
public sealed class RateLimitBudget
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
