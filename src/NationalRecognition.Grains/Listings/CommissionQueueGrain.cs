using Orleans.Concurrency;
using NationalRecognition.Contracts;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Commissions;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.Infrastructure;

namespace NationalRecognition.Grains.Listings;

[Reentrant]
public sealed class CommissionQueueGrain(
    [PersistentState("queue", StorageNames.Recognition)] IPersistentState<ListingState> state,
    IOptions<WorkflowOptions> options)
    : ApplicationListingGrain(state, options), ICommissionQueueGrain
{
    /// <summary>Keyed "BIN/code|period": the staff of the Commission's institution read it.</summary>
    protected override void AuthorizeRead(Actor actor) =>
        AccessPolicy.ReadInstitutionListing(actor, CommissionIds.InstitutionOf(ListingKeys.OwnerOf(this.GetPrimaryKeyString())));
}
