using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Contracts.Common;

/// <summary>
/// A rule or request error that crosses grain boundaries. Domain exceptions are plain .NET types that
/// Orleans cannot serialize, so a grain call filter turns each <see cref="DomainException"/> into this.
/// </summary>
[GenerateSerializer, Alias("nr.RecognitionException")]
public sealed class RecognitionException : Exception
{
    public RecognitionException()
    {
    }

    public RecognitionException(string message)
        : base(message)
    {
    }

    public RecognitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RecognitionException(DomainErrorCode code, string message, string? field = null, string? clause = null)
        : base(message)
    {
        Code = code;
        Field = field;
        Clause = clause;
    }

    [Id(0)]
    public DomainErrorCode Code { get; private set; }

    [Id(1)]
    public string? Field { get; private set; }

    [Id(2)]
    public string? Clause { get; private set; }

    /// <summary>The bare reason becomes the message; field and clause travel as their own properties.</summary>
    public static RecognitionException From(DomainException exception) =>
        new(exception.Code, exception.Reason, exception.Field, exception.Clause);
}
