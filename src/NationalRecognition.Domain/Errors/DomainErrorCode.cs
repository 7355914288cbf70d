namespace NationalRecognition.Domain.Errors;

/// <summary>The kind of a domain refusal; the gateway maps it to an error code the client can act on.</summary>
public enum DomainErrorCode
{
    Validation,
    NotFound,
    Conflict,
    DeadlinePassed,
    RuleViolation,
    InvalidTransition,
    Forbidden,
}
