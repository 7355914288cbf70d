using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.People;

/// <summary>
/// Who a person is to the platform: the identity provider that signed them in (its issuer) and the subject it knows them
/// by. Two providers may reuse a subject, so the pair is the identity, never the subject alone.
/// </summary>
public sealed record PlatformIdentity
{
    /// <summary>The longest issuer or subject accepted (a URL, an opaque id).</summary>
    public const int MaxLength = 200;

    private PlatformIdentity(string issuer, string subject)
    {
        Issuer = issuer;
        Subject = subject;
    }

    public string Issuer { get; }

    public string Subject { get; }

    /// <summary>The identity of <paramref name="subject"/> at <paramref name="issuer"/>; both are required, printable and bounded.</summary>
    public static PlatformIdentity Of(string? issuer, string? subject) =>
        new(Checked(issuer, "issuer"), Checked(subject, "subject"));

    public override string ToString() => $"{Subject} at {Issuer}";

    private static string Checked(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength || value.Any(char.IsControl) || value.Trim() != value)
        {
            throw new DomainException(DomainErrorCode.Validation,
                Message.Of("people.platformIdentityField", ("field", field), ("maxLength", MaxLength)), field);
        }

        return value;
    }
}
