namespace NationalRecognition.Contracts.Audit;

/// <summary>How an audited call ended.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum AuditOutcome
{
    Succeeded = 0,

    /// <summary>Refused by the access policy.</summary>
    Forbidden = 1,

    /// <summary>Refused by a rule or by validation (the code is in the record's detail).</summary>
    Refused = 2,

    /// <summary>Failed for a technical reason; the outcome of the change may be unknown.</summary>
    Failed = 3,
}
