using NationalRecognition.Contracts.Applications;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Domain.Applications;
using NationalRecognition.Domain.Errors;
using NationalRecognition.Domain.Messages;

namespace NationalRecognition.Grains.ReadModels.Listings;

/// <summary>
/// The behaviour every listing shares: check who may read it (its key names its tenant), then one keyset query
/// over the listing rows. No state: each concrete listing is a <c>[StatelessWorker]</c>, so reads scale out and
/// never queue behind one another.
/// </summary>
public abstract class ApplicationListingGrain(IListingQueries listings) : Grain, IApplicationListing
{
    /// <summary>Throws Forbidden unless <paramref name="actor"/> may read this listing.</summary>
    protected abstract void AuthorizeRead(Actor actor);

    /// <summary>The rows this listing covers.</summary>
    protected abstract ListingFilter Filter { get; }

    public async Task<ApplicationSummary?> Find(Guid applicationId, Actor actor)
    {
        AuthorizeRead(actor);
        var summary = await listings.FindAsync(applicationId, CancellationToken.None);
        return summary is not null && Filter.Matches(summary) ? summary : null;
    }

    public Task<Page<ApplicationSummary>> GetPage(ApplicationStatus? status, PageRequest page, Actor actor)
    {
        AuthorizeRead(actor);
        if (page.First is < 1 or > PageRequest.MaxPageSize)
        {
            throw new DomainException(
                DomainErrorCode.Validation, Message.Of("applicationListingGrain.firstBetweenMaxPageSize", ("maxPageSize", PageRequest.MaxPageSize)), "first");
        }

        return listings.PageAsync(Filter, status, page, CancellationToken.None);
    }
}
