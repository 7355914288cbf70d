using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Contracts.People;

/// <summary>The people holding roles at one institution (key: its BIN): a keyset page of the role-holders read model.</summary>
[Alias("nr.IInstitutionRoleHoldersGrain")]
public interface IInstitutionRoleHoldersGrain : IGrainWithStringKey
{
    /// <summary>By role, then person; the cursor is opaque. Its head and registrar, and platform administrators, read it.</summary>
    [Alias("GetPage")]
    Task<Page<RoleHolder>> GetPage(PageRequest page, Actor actor);
}
