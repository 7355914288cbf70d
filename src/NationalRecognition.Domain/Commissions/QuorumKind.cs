namespace NationalRecognition.Domain.Commissions;

/// <summary>How the Commission's regulation states its quorum (clause 22 leaves the regulation to the organisation).</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum QuorumKind
{
    /// <summary>More than half of the members of the composition are present.</summary>
    MoreThanHalf = 0,

    /// <summary>At least a stated number of members are present.</summary>
    AtLeastCount = 1,

    /// <summary>At least a stated fraction of the members are present (rounded up to whole members).</summary>
    AtLeastFraction = 2,
}
