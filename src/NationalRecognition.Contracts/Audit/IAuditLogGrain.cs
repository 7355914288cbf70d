using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Contracts.Audit;

/// <summary>
/// The audit log of one scope for one day, keyed by <see cref="AuditScopes.Key"/>: the rows the projector keeps
/// from the event log (every mutation and every refusal). Read by the scope's institution administrators and
/// platform administrators.
/// </summary>
[Alias("nr.IAuditLogGrain")]
public interface IAuditLogGrain : IGrainWithStringKey
{
    /// <summary>Newest first; the cursor is opaque.</summary>
    [Alias("GetPage")]
    Task<Page<AuditRecord>> GetPage(PageRequest page, Actor actor);
}
