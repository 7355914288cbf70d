namespace NationalRecognition.Domain.Errors;

/// <summary>The kind of a domain refusal; the gateway maps it to an error code the client can act on.</summary>
/// <remarks>Stored and sent as its number: never change or reuse a value; a new member takes a new one (pinned by StoredEnumValuesTests).</remarks>
public enum DomainErrorCode
{
    Validation = 0,
    NotFound = 1,
    Conflict = 2,
    DeadlinePassed = 3,
    RuleViolation = 4,
    InvalidTransition = 5,
    Forbidden = 6,
}
