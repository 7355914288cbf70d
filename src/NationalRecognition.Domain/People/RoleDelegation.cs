using NationalRecognition.Domain.Errors;

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
            throw new DomainException(DomainErrorCode.Forbidden, "Nobody grants or revokes their own roles: ask a platform administrator or the institution's head.", "person");
        }

        if (grantor.IsAdministrator)
        {
            return;
        }

        switch (grant.Role)
        {
            case PersonRole.Registrar or PersonRole.CommissionChair or PersonRole.CommissionSecretary or PersonRole.CommissionMember:
                Require(grantor.IsHeadOf(grant.InstitutionBin),
                    $"{grant.Role} is delegated by the institution's head or a platform administrator.");
                return;
            default:
                Require(false, $"{grant.Role} is granted by a platform administrator only.");
                return;
        }
    }

    private static void Require(bool allowed, string rule)
    {
        if (!allowed)
        {
            throw new DomainException(DomainErrorCode.Forbidden, rule, "role");
        }
    }
}
