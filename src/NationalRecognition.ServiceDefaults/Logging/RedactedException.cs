namespace NationalRecognition.ServiceDefaults.Logging;

/// <summary>
/// Stands in for an exception whose message or stack text carries an IIN: the log keeps its type and its text,
/// masked, and loses nothing else a reader needs.
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string _text;

    public RedactedException()
        : this(string.Empty)
    {
    }

    public RedactedException(string message)
        : base(PersonalDataRedactor.Redact(message))
    {
        _text = Message;
        OriginalType = nameof(Exception);
    }

    public RedactedException(string message, Exception innerException)
        : base(PersonalDataRedactor.Redact(message), innerException)
    {
        _text = Message;
        OriginalType = nameof(Exception);
    }

    internal RedactedException(Exception original)
        : base(PersonalDataRedactor.Redact(original.Message))
    {
        _text = PersonalDataRedactor.Redact(original.ToString());
        OriginalType = original.GetType().FullName ?? original.GetType().Name;
    }

    /// <summary>The full name of the exception type that was redacted.</summary>
    public string OriginalType { get; }

    public override string ToString() => _text;
}
