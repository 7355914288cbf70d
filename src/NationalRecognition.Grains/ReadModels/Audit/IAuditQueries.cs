using NationalRecognition.Contracts.Audit;
using NationalRecognition.Contracts.Common;

namespace NationalRecognition.Grains.ReadModels.Audit;

/// <summary>Keyset pages over one scope's audit rows for one UTC day, newest first; the caller has already checked who may read them.</summary>
public interface IAuditQueries
{
    Task<Page<AuditRecord>> PageAsync(string scope, DateOnly day, PageRequest page, CancellationToken cancellationToken);
}
