using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;
using NationalRecognition.Grains.Authorization;
using Orleans.Concurrency;

namespace NationalRecognition.Grains.ReadModels.Audit;

/// <summary>One scope's audit log for one UTC day (<see cref="AuditScopes.Key"/>): a keyset query over the audit rows, newest first.</summary>
[StatelessWorker]
public sealed class AuditLogGrain(IAuditQueries audit) : Grain, IAuditLogGrain
{
    public Task<Page<AuditRecord>> GetPage(PageRequest page, Actor actor)
    {
        var key = this.GetPrimaryKeyString();
        AccessPolicy.ReadAudit(actor, AuditScopes.ScopeOf(key));
        if (page.First is < 1 or > PageRequest.MaxPageSize)
        {
            throw new DomainException(DomainErrorCode.Validation, Message.Of("auditLogGrain.firstBetweenMaxPageSize", ("maxPageSize", PageRequest.MaxPageSize)), "first");
        }

        return audit.PageAsync(AuditScopes.ScopeOf(key), AuditScopes.DayOf(key), page, CancellationToken.None);
    }
}
