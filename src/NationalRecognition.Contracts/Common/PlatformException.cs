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

    public PlatformException(DomainErrorCode code, string message, string? field = null, string? clause = null, PlatformMessage? text = null)
        : base(message)
    {
        Code = code;
        Field = field;
        Clause = clause;
        Text = text;
    }

    [Id(0)]
    public DomainErrorCode Code { get; private set; }

    [Id(1)]
    public string? Field { get; private set; }

    [Id(2)]
    public string? Clause { get; private set; }

    /// <summary>
    /// The message key and arguments, which the gateway puts into the caller's language; null from a silo of a build
    /// before message keys, whose English <see cref="Exception.Message"/> is then shown as it is.
    /// </summary>
    [Id(3)]
    public PlatformMessage? Text { get; private set; }

    /// <summary>The bare reason (English) becomes the message; field, clause and the message key travel as their own properties.</summary>
    public static PlatformException From(DomainException exception) =>
        new(exception.Code, exception.Reason, exception.Field, exception.Clause, PlatformMessage.From(exception.Text));
}
