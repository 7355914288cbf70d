namespace NationalRecognition.Domain.Errors;

/// <summary>
/// A refusal by the Rules or by a domain invariant. The message names what is wrong, the field it is about
/// and the clause of the Rules that requires it, so that a person can correct the input.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(DomainErrorCode code, string message, string? field = null, string? clause = null)
        : base(Compose(message, field, clause))
    {
        Code = code;
        Field = field;
        Clause = clause;
        Reason = message;
    }

    public DomainException()
        : this(DomainErrorCode.Validation, "The input was refused.")
    {
    }

    public DomainException(string message)
        : this(DomainErrorCode.Validation, message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = DomainErrorCode.Validation;
        Reason = message;
    }

    public DomainErrorCode Code { get; }

    /// <summary>The input field the refusal is about, e.g. "Appendix[2].Grade"; null when it concerns the whole.</summary>
    public string? Field { get; }

    /// <summary>The clause of the Rules, e.g. "10.4"; null when the refusal is a technical invariant.</summary>
    public string? Clause { get; }

    /// <summary>The bare reason without the field/clause suffix (for clients that show those separately).</summary>
    public string Reason { get; }

    private static string Compose(string message, string? field, string? clause)
    {
        var context = (field, clause) switch
        {
            (null, null) => string.Empty,
            (not null, null) => $" [field: {field}]",
            (null, not null) => $" [clause {clause} of the Rules]",
            _ => $" [field: {field}; clause {clause} of the Rules]",
        };
        return message + context;
    }
}
