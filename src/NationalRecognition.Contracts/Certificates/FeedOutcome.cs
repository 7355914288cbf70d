namespace NationalRecognition.Contracts.Certificates;

/// <summary>What the registry did with one record of the feed.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum FeedOutcome
{
    /// <summary>A certificate new to the registry, recorded as version 1.</summary>
    Accepted = 0,

    /// <summary>The same record as the registry's current version: nothing changed.</summary>
    Unchanged = 1,

    /// <summary>A changed record of a known certificate: recorded as its next version, the earlier one kept in its history.</summary>
    Updated = 2,

    /// <summary>Refused, with the field and clause that say why; the rest of the batch is unaffected.</summary>
    Rejected = 3,
}
