using Orleans.Concurrency;
using NationalRecognition.Contracts;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.Infrastructure;

namespace NationalRecognition.Grains.Listings;

[Reentrant]
public sealed class InstitutionApplicationsGrain(
    [PersistentState("applications", StorageNames.Recognition)] IPersistentState<ListingState> state,
    IOptions<WorkflowOptions> options)
    : ApplicationListingGrain(state, options), IInstitutionApplicationsGrain
{
    /// <summary>Keyed "BIN|period": the institution's staff read it.</summary>
    protected override void AuthorizeRead(Actor actor) =>
        AccessPolicy.ReadInstitutionListing(actor, ListingKeys.OwnerOf(this.GetPrimaryKeyString()));
}
