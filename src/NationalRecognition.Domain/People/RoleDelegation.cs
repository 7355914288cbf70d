using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.People;

/// <summary>
/// Who may grant (and so revoke) which role: a platform administrator grants every role, and assigns an institution's
/// head when onboarding it; the head delegates the institution's registrar and Commission roles; nobody grants or revokes
/// their own roles. Each refusal is <see cref="DomainErrorCode.Forbidden"/> and names the rule, never the person.
/// </summary>
public static class RoleDelegation
{
    /// <summary>Throws unless <paramref name="grantor"/> may grant or revoke <paramref name="grant"/> for <paramref name="grantee"/>.</summary>
    public static void RequireMayChange(Grantor grantor, RoleGrant grant, Grantee grantee)
    {
        if (grantor.IsPlatform)
        {
            return;
        }

        if (grantor.Person!.Is(grantee))
        {
            throw new DomainException(DomainErrorCode.Forbidden, Message.Of("people.noSelfGrant"), "person");
        }

        if (grantor.IsAdministrator)
        {
            return;
        }

        switch (grant.Role)
        {
            case PersonRole.Registrar or PersonRole.CommissionChair or PersonRole.CommissionSecretary or PersonRole.CommissionMember:
                Require(grantor.IsHeadOf(grant.InstitutionBin),
                    Message.Of("people.roleDelegatedByHead", ("role", grant.Role)));
                return;
            default:
                Require(false, Message.Of("people.roleGrantedByAdministrator", ("role", grant.Role)));
                return;
        }
    }

    private static void Require(bool allowed, Message rule)
    {
        if (!allowed)
        {
            throw new DomainException(DomainErrorCode.Forbidden, rule, "role");
        }
    }
}
