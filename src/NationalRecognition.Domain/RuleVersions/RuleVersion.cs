namespace NationalRecognition.Domain.RuleVersions;

/// <summary>
/// One version of the Rules: the act that made it, the day it entered into force, the clauses it changed and the
/// checks it applies. A decision is judged by the version in force on the day the application was submitted.
/// </summary>
public sealed record RuleVersion(string Id, string Title, DateOnly EffectiveFrom, string Source, IReadOnlyList<string> AmendedClauses)
{
    /// <summary>True while the effective date is an estimate (publication date not yet confirmed).</summary>
    public bool EffectiveFromIsProvisional { get; init; }

    /// <summary>How the effective date was arrived at.</summary>
    public string? EffectiveFromNote { get; init; }

    /// <summary>The checks this version applies (<see cref="RuleCheck"/>).</summary>
    public IReadOnlyList<string> Checks { get; init; } = [];

    /// <summary>Why the version declares these checks, where that is a reading rather than the text.</summary>
    public string? ChecksNote { get; init; }

    public bool Applies(string check) => Checks.Contains(check, StringComparer.Ordinal);
}
