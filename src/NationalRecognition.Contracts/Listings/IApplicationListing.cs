using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Contracts.Listings;

/// <summary>
/// A listing of application summaries maintained by a grain (no scans): it keeps the newest version of each
/// application it is sent and ignores repeats and older versions, so outbox retries are harmless.
/// </summary>
[Alias("nr.IApplicationListing")]
public interface IApplicationListing : IGrainWithStringKey
{
    [Alias("Apply")]
    Task Apply(ApplicationSummary summary);

    /// <summary>Newest submissions first; optionally only one status.</summary>
    [Alias("GetPage")]
    Task<Page<ApplicationSummary>> GetPage(ApplicationStatus? status, PageRequest page, Actor actor);

    [Alias("Find")]
    Task<ApplicationSummary?> Find(Guid applicationId, Actor actor);
}
