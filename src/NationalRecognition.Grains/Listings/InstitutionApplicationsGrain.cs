using NationalRecognition.Contracts;
using Microsoft.Extensions.Options;
using NationalRecognition.Contracts.Listings;
using NationalRecognition.Grains.Infrastructure;

namespace NationalRecognition.Grains.Listings;

public sealed class InstitutionApplicationsGrain(
    [PersistentState("applications", StorageNames.Recognition)] IPersistentState<ListingState> state,
    IOptions<WorkflowOptions> options)
    : ApplicationListingGrain(state, options), IInstitutionApplicationsGrain;
