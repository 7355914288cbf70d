using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Domain.Applications;

namespace NationalRecognition.Grains.ReadModels.Listings;

/// <summary>Keyset pages over the listing rows, newest submission first; the caller has already checked who may read them.</summary>
public interface IListingQueries
{
    Task<Page<ApplicationSummary>> PageAsync(ListingFilter filter, ApplicationStatus? status, PageRequest page, CancellationToken cancellationToken);

    Task<ApplicationSummary?> FindAsync(Guid applicationId, CancellationToken cancellationToken);
}
