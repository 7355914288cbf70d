using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Identity;
using NationalRecognition.Domain.People;

namespace NationalRecognition.Grains.People;

/// <summary>The domain's <see cref="Grantor"/> of a caller: the platform itself, or a person acting in one role.</summary>
internal static class Grantors
{
    /// <summary>Stands for the issuer when a command does not say it: then only the subject and IIN can match the grantee.</summary>
    private const string UnknownIssuer = "unknown";

    public static Grantor Of(Actor actor, string? issuer)
    {
        if (actor.Role == ActorRole.System)
        {
            return Grantor.Platform;
        }

        var person = new Person(
            PlatformIdentity.Of(issuer ?? UnknownIssuer, actor.SubjectId),
            actor.Iin is not null && Iin.TryParse(actor.Iin, out var iin, out _) ? iin : null);
        PersonRole? role = Enum.TryParse<PersonRole>(actor.Role.ToString(), ignoreCase: false, out var parsed) ? parsed : null;
        return new Grantor(person, role, actor.InstitutionBin);
    }
}
