using NationalRecognition.Contracts;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Grains.Infrastructure;

namespace NationalRecognition.Grains.Listings;

public sealed class LearnerGrain(
    [PersistentState("learner", StorageNames.Recognition)] IPersistentState<ListingState> state,
    IOptions<WorkflowOptions> options)
    : ApplicationListingGrain(state, options), ILearnerGrain;
