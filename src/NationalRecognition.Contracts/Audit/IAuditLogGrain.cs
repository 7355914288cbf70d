using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Contracts.Audit;

/// <summary>
/// An append-only audit log of one scope for one day, keyed by <see cref="AuditScopes.Key"/>. Appended to by
/// the silos' audit call filter only; read by the scope's institution administrators and platform administrators.
/// </summary>
[Alias("nr.IAuditLogGrain")]
public interface IAuditLogGrain : IGrainWithStringKey
{
    [Alias("Append")]
    Task Append(AuditRecord record);

    /// <summary>Newest first; the cursor is opaque.</summary>
    [Alias("GetPage")]
    Task<Page<AuditRecord>> GetPage(PageRequest page, Actor actor);
}
