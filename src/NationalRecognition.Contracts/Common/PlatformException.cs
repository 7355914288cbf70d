using NationalRecognition.Domain.Errors;

namespace NationalRecognition.Contracts.Common;

/// <summary>
/// A rule or request error that crosses grain boundaries. Domain exceptions are plain .NET types that
/// Orleans cannot serialize, so a grain call filter turns each <see cref="DomainException"/> into this.
/// The alias keeps the type's former name: it is the wire name, and clients of an older build still read it.
/// </summary>
[GenerateSerializer, Alias("nr.RecognitionException")]
public sealed class PlatformException : Exception
{
    public PlatformException()
    {
    }

    public PlatformException(string message)
        : base(message)
    {
    }

    public PlatformException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PlatformException(DomainErrorCode code, string message, string? field = null, string? clause = null)
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
    public static PlatformException From(DomainException exception) =>
        new(exception.Code, exception.Reason, exception.Field, exception.Clause);
}
