using NationalRecognition.Contracts.Common;
using Orleans.Concurrency;

namespace NationalRecognition.Contracts.People;

/// <summary>
/// The roles the platform has granted one person, keyed by <see cref="PersonKeys"/>. Bounded: a person holds a few roles,
/// never a growing list (who holds roles at an institution is a listing, <see cref="IInstitutionRoleHoldersGrain"/>).
/// </summary>
[Alias("nr.IPersonGrain")]
public interface IPersonGrain : IGrainWithStringKey
{
    /// <summary>Grants a role; granting one held already changes nothing. Raises <c>RoleGranted</c>.</summary>
    [Alias("Grant")]
    Task<PersonRoles> Grant(ChangeRole command, Actor actor);

    /// <summary>Revokes a role; revoking one not held changes nothing. Raises <c>RoleRevoked</c>.</summary>
    [Alias("Revoke")]
    Task<PersonRoles> Revoke(ChangeRole command, Actor actor);

    /// <summary>The roles held under this key (none for a key never granted anything).</summary>
    [Alias("Get"), ReadOnly]
    Task<PersonRoles> Get();
}
