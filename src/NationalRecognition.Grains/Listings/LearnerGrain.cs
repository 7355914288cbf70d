using Orleans.Concurrency;
using NationalRecognition.Contracts;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Common;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Grains.Authorization;
using NationalRecognition.Grains.Infrastructure;

namespace NationalRecognition.Grains.Listings;

[Reentrant]
public sealed class LearnerGrain(
    [PersistentState("learner", StorageNames.Recognition)] IPersistentState<ListingState> state,
    IOptions<WorkflowOptions> options)
    : ApplicationListingGrain(state, options), ILearnerGrain
{
    /// <summary>Keyed by the learner's pseudonym (<see cref="LearnerKeys"/>): only that learner reads it.</summary>
    protected override void AuthorizeRead(Actor actor) =>
        AccessPolicy.ReadLearnerListing(actor, this.GetPrimaryKeyString());
}
