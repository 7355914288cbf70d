namespace NationalRecognition.Contracts.Audit;

/// <summary>How an audited call ended.</summary>
public enum AuditOutcome
{
    Succeeded,

    /// <summary>Refused by the access policy.</summary>
    Forbidden,

    /// <summary>Refused by a rule or by validation (the code is in the record's detail).</summary>
    Refused,

    /// <summary>Failed for a technical reason; the outcome of the change may be unknown.</summary>
    Failed,
}
