namespace NationalRecognition.Gateway.Tests.Demo;

/// <summary>A clock stopped at one instant, for calendar rules that depend only on "now".</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
