using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Domain.People;

/// <summary>
/// The roles one person holds, in the order granted. Bounded (<see cref="MaxGrants"/>): nobody has a role in every
/// institution, and a growing list belongs in a listing, not in one person's record. Granting a role held already and
/// revoking one not held change nothing, so both are safe to retry.
/// </summary>
public sealed class HeldRoles
{
    /// <summary>The most roles one person holds at once.</summary>
    public const int MaxGrants = 32;

    private readonly List<RoleGrant> _grants;

    public HeldRoles(IEnumerable<RoleGrant> grants) => _grants = [.. grants];

    public IReadOnlyList<RoleGrant> Grants => _grants;

    /// <summary>Grants <paramref name="grant"/> if the grantor may; false when it was held already.</summary>
    public bool Grant(RoleGrant grant, Grantor grantor, Grantee grantee)
    {
        RoleDelegation.RequireMayChange(grantor, grant, grantee);
        if (_grants.Contains(grant))
        {
            return false;
        }

        if (_grants.Count >= MaxGrants)
        {
            throw new DomainException(DomainErrorCode.Conflict,
                Message.Of("people.rolesAtMost", ("maxGrants", MaxGrants)), "role");
        }

        _grants.Add(grant);
        return true;
    }

    /// <summary>Revokes <paramref name="grant"/> if the grantor may; false when it was not held.</summary>
    public bool Revoke(RoleGrant grant, Grantor grantor, Grantee grantee)
    {
        RoleDelegation.RequireMayChange(grantor, grant, grantee);
        return _grants.Remove(grant);
    }
}
