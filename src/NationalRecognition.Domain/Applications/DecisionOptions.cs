namespace NationalRecognition.Domain.Applications;

/// <summary>An institution's settings for recording decisions.</summary>
public sealed record DecisionOptions
{
    public static DecisionOptions Default { get; } = new();

    public QuorumRule Quorum { get; init; } = QuorumRule.ChairOrMajority;
}
