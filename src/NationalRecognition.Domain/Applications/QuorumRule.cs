namespace NationalRecognition.Domain.Applications;

/// <summary>
/// When a protocol may record a decision. The Rules leave the Commission's regulation to the organisation
/// (clause 22), so the rule is the institution's choice; <see cref="ChairOrMajority"/> is the default.
/// </summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum QuorumRule
{
    /// <summary>The chair is present, or more than half of the members are.</summary>
    ChairOrMajority = 0,

    /// <summary>More than half of the members are present.</summary>
    Majority = 1,

    /// <summary>The chair and more than half of the members are present.</summary>
    ChairAndMajority = 2,
}
