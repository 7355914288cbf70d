using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Contracts.Listings;

/// <summary>
/// A listing of application summaries: keyset pages over the listing rows the projector keeps from the event
/// log. A stateless worker answers; the key names the tenant, checked before the query runs.
/// </summary>
[Alias("nr.IApplicationListing")]
public interface IApplicationListing : IGrainWithStringKey
{
    /// <summary>Newest submissions first; optionally only one status.</summary>
    [Alias("GetPage")]
    Task<Page<ApplicationSummary>> GetPage(ApplicationStatus? status, PageRequest page, Actor actor);

    [Alias("Find")]
    Task<ApplicationSummary?> Find(Guid applicationId, Actor actor);
}
