using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.People;

namespace NationalRecognition.Grains.ReadModels.RoleHolders;

/// <summary>Keyset pages over one institution's role holders (<see cref="RoleHolderCursor"/> order); the caller has checked who may read them.</summary>
public interface IRoleHolderQueries
{
    Task<Page<RoleHolder>> PageAsync(string institutionBin, PageRequest page, CancellationToken cancellationToken);
}
