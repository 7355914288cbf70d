using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Reference.Submissions;

/// <summary>
/// A refusal of the reference service's own checks, in English: the reference measures a plain service's cost, so it
/// keeps its texts inline rather than in the platform's kk/ru/en message catalogue.
/// </summary>
public sealed class ReferenceRefusalException(DomainErrorCode code, string reason, string? field = null, string? clause = null) : Exception(reason)
{
    public DomainErrorCode Code { get; } = code;

    public string Reason { get; } = reason;

    public string? Field { get; } = field;

    public string? Clause { get; } = clause;
}
