using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.People;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Grains.Authorization;
using Orleans.Concurrency;

namespace NationalRecognition.Grains.ReadModels.RoleHolders;

/// <summary>The people holding roles at one institution (key: its BIN): a keyset query over the role-holder rows.</summary>
[StatelessWorker]
public sealed class InstitutionRoleHoldersGrain(IRoleHolderQueries holders) : Grain, IInstitutionRoleHoldersGrain
{
    public Task<Page<RoleHolder>> GetPage(PageRequest page, Actor actor)
    {
        var bin = this.GetPrimaryKeyString();
        AccessPolicy.ReadRoleHolders(actor, bin);
        if (page.First is < 1 or > PageRequest.MaxPageSize)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("roleHolders.firstBetween", ("maxPageSize", PageRequest.MaxPageSize)), "first");
        }

        return holders.PageAsync(bin, page, CancellationToken.None);
    }
}
