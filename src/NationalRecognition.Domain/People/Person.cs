using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Identity;

namespace NationalRecognition.Domain.People;

/// <summary>
/// A person signed in: their platform identity, and their IIN when the identity provider asserts it (eGov does; a
/// provider that does not leaves it unknown). The IIN is what makes them a learner; the platform's grants make them
/// anything else.
/// </summary>
public sealed record Person(PlatformIdentity Identity, Iin? Iin)
{
    /// <summary>The person a sign-in describes; an asserted IIN must be a valid one (check digit, birth date).</summary>
    public static Person SignedIn(string? issuer, string? subject, string? assertedIin)
    {
        var identity = PlatformIdentity.Of(issuer, subject);
        if (assertedIin is null)
        {
            return new Person(identity, null);
        }

        try
        {
            return new Person(identity, Domain.Identity.Iin.Parse(assertedIin));
        }
        catch (DomainException invalid)
        {
            throw invalid.At("iin");
        }
    }

    /// <summary>Whether <paramref name="grantee"/> addresses this person (by platform identity, or by their IIN).</summary>
    public bool Is(Grantee grantee) =>
        (grantee.Identity is { } identity && identity == Identity)
        || (grantee.Iin is { } iin && Iin is { } own && iin == own);
}
