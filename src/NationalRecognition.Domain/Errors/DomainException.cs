using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.Errors;

/// <summary>
/// A refusal by the Rules or by a domain invariant. Its <see cref="Text"/> (a message key and arguments) names what is
/// wrong, the field it is about and the clause of the Rules that requires it, so that a person can correct the input;
/// the gateway puts it into the caller's language (<see cref="DomainMessages"/>), <see cref="Reason"/> is its English.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(DomainErrorCode code, Message text, string? field = null, string? clause = null)
        : base(Compose(DomainMessages.InEnglish(text), field, clause))
    {
        Code = code;
        Text = text;
        Field = field;
        Clause = clause;
        Reason = DomainMessages.InEnglish(text);
    }

    public DomainException()
        : this(DomainErrorCode.Validation, DomainMessages.OfCode(DomainErrorCode.Validation))
    {
    }

    /// <summary>A refusal with a text of its own in English only; it reads as the general validation message in other languages.</summary>
    public DomainException(string message)
        : base(message)
    {
        Code = DomainErrorCode.Validation;
        Text = DomainMessages.OfCode(DomainErrorCode.Validation);
        Reason = message;
    }

    /// <inheritdoc cref="DomainException(string)"/>
    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = DomainErrorCode.Validation;
        Text = DomainMessages.OfCode(DomainErrorCode.Validation);
        Reason = message;
    }

    public DomainErrorCode Code { get; }

    /// <summary>The message key and arguments, put into words in the reader's language where it is shown.</summary>
    public Message Text { get; }

    /// <summary>The input field the refusal is about, e.g. "Appendix[2].Grade"; null when it concerns the whole.</summary>
    public string? Field { get; }

    /// <summary>The clause of the Rules, e.g. "10.4"; null when the refusal is a technical invariant.</summary>
    public string? Clause { get; }

    /// <summary>The bare reason in English without the field/clause suffix (for clients that show those separately).</summary>
    public string Reason { get; }

    /// <summary>The same refusal about <paramref name="field"/> (and <paramref name="clause"/> when it had none).</summary>
    public DomainException At(string? field, string? clause = null) => new(Code, Text, field, Clause ?? clause);

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
