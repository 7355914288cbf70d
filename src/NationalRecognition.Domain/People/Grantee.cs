using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.People;

/// <summary>
/// The person a grant is for, addressed either by their platform identity (they have signed in before) or by their IIN
/// (the identity provider will assert it when they sign in): exactly one of the two.
/// </summary>
public sealed record Grantee
{
    private Grantee(PlatformIdentity? identity, Iin? iin)
    {
        Identity = identity;
        Iin = iin;
    }

    public PlatformIdentity? Identity { get; }

    public Iin? Iin { get; }

    public static Grantee ByIdentity(PlatformIdentity identity) => new(identity, null);

    /// <summary>A person by IIN; the IIN must be valid (check digit, birth date).</summary>
    public static Grantee ByIin(string? iin)
    {
        try
        {
            return new Grantee(null, Domain.Identity.Iin.Parse(iin ?? ""));
        }
        catch (DomainException invalid)
        {
            throw invalid.At("person.iin");
        }
    }

    /// <summary>Exactly one of a platform identity (issuer and subject) or an IIN.</summary>
    public static Grantee Of(string? issuer, string? subject, string? iin)
    {
        var byIdentity = issuer is not null || subject is not null;
        if (byIdentity == (iin is not null))
        {
            throw new DomainException(DomainErrorCode.Validation,
                Message.Of("people.granteeEitherIdentityOrIin"), "person");
        }

        return byIdentity ? ByIdentity(PlatformIdentity.Of(issuer, subject)) : ByIin(iin);
    }
}
